# Instructions that raise part-way (BUILD_MAP, LIST_EXTEND, DICT_MERGE, STORE_SLICE, CALL_FUNCTION_EX, UNPACK_EX,
# FORMAT_VALUE, SET_ADD, MAP_ADD ...): the exception is caught by the handler of the right frame and every
# operand on the value stack is released exactly once.
import sys

obj = object()
base = sys.getrefcount(obj)


def check(label, fn):
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__)
    print(label, "leak" if sys.getrefcount(obj) != base else "ok")


check("build_map", lambda: {obj: 1, []: 2})
check("list_extend", lambda: [obj, *5])
check("set_update", lambda: {obj, *5})
check("dict_update", lambda: {"a": obj, **5})
check("dict_merge", lambda: print(obj, **{"sep": obj}, **{"sep": 1}))
check("call_ex", lambda: print(obj, *5))
check("unpack_ex", lambda: [(a, *b) for a, *b in [obj]])
check("format_value", lambda: f"{obj:{5}d}")
check("build_string", lambda: f"{obj!r}{obj}" + 5)
check("set_add", lambda: {x for x in (obj, [])})
check("map_add", lambda: {x: obj for x in (1, [])})
check("store_slice", lambda: obj.__class__.__dict__[1:2])
check("binary_slice", lambda: obj[1:2])
check("build_slice", lambda: [obj][1:2:0])


def store_slice():
    t = (obj,)
    t[0:1] = [obj]


check("store_slice2", store_slice)


def delete_fast():
    a = obj
    del a
    return a


check("delete_fast", delete_fast)


def import_error():
    from sys import no_such_name_here


check("import_from", import_error)


def with_error():
    with obj:
        pass


check("before_with", with_error)


class Ctx:
    def __enter__(self):
        return obj

    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return True


def with_suppress():
    with Ctx() as c:
        raise ValueError(c)
    return "suppressed"


check("with_except_start", with_suppress)


def match_class(v):
    match v:
        case int(real=r):
            return r
        case obj.__class__():
            return "object"


check("match_class", lambda: print(match_class(obj), match_class(7)))
print(sys.getrefcount(obj) - base)
