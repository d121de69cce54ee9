# fuzz regression: property=differential kind=generated seed=4261670933 version=3.11
# from: generator
# problem when found:
#   found by the fixed-seed batch (npm test): last line of stderr:
#     CPython:   \"AttributeError: 'tuple' object has no attribute '__name__'\"
#     heapscope: \"AttributeError: 'tuple' object has no attribute '__name__'. Did you mean: '__ne__'?\
import gc, sys, weakref
gc.collect()
gc.disable()
print({**{**{}, "val": -18605}, "key": (225 ** 1)})
v0 = (tuple(sorted(set())) + (len({"ref": 134}),))
class C1(object):
    def __init__(self, tag):
        self.tag = tag
        self.link = None
        self.a2 = tag * 8
    def __repr__(self):
        return f"C1({self.tag})"
    def m3(self, x):
        return self.tag * 1 + x + 38
    def __del__(self):
        print("del C1", self.tag)
    def __eq__(self, other):
        return isinstance(other, type(self)) and self.tag == other.tag
    __hash__ = None
t4 = dict({"hello world": 179, "heap": 296, "spam": 131, "gc": 146})
it4 = id(t4)
t42 = [155, 32941, 0]
print(id(t4) == it4, id(t42) == it4)
del t4, t42
v5 = 288
print(v0.__name__, v0.__mro__[1].__name__)
class C6(C1):
    def __init__(self, tag):
        super().__init__(tag)
        self.a7 = tag * 5
    def __repr__(self):
        return f"C6({self.tag})"
    def m8(self, x):
        return self.tag * 2 + x ^ 6
    def __eq__(self, other):
        return isinstance(other, type(self)) and self.tag == other.tag
    __hash__ = None
if v5 in tuple(sorted(set([241, -52907, 68, 217]))):
    print(sum(x * x for x in range(15)))
    try:
        raise TypeError(repr(set())) from ValueError(1, 2)
    except BaseException as e9:
        print("caught", type(e9).__name__, e9.args, e9.__cause__ is not None, e9.__context__ is not None)
        try:
            raise RuntimeError("inner") from e9
        except RuntimeError as inner:
            print(type(inner.__cause__).__name__, inner.__context__ is inner.__cause__)
    except ValueError as e10:
        print("caught", type(e10).__name__, e10.args, e10.__cause__ is not None, e10.__context__ is not None)
    except BaseException as other:
        print("other", type(other).__name__)
elif not [len(s) for s in []]:
    print(sum((v0 + (v5,))))
    print(v0.__name__, v0.__mro__[1].__name__)
else:
    print(sum(x * x for x in range(7)))
def f11(x):
    acc = [i for i in range(x % 10)]
    d = {str(i): i * i for i in acc}
    return sum(d.values()) + len(acc)
v12 = set({**{}, "": v5})
class C13(object):
    def __init__(self, tag):
        self.tag = tag
        self.link = None
        self.a14 = tag * 5
    def __repr__(self):
        return f"C13({self.tag})"
    def m15(self, x):
        return self.tag * 4 + x ^ 12
print(((2.5e-3 * 1e10) + float(171)))
o16 = C6(100)
print(o16, o16.a7)
for i17 in enumerate(list(map(lambda v: v % 4, v0))[:3]):
    print("loop", i17)
    try:
        v5 // 0
    except LookupError as e18:
        print("caught", type(e18).__name__, e18.args, e18.__cause__ is not None, e18.__context__ is not None)
    except Exception as e19:
        print("caught", type(e19).__name__, e19.args, e19.__cause__ is not None, e19.__context__ is not None)
        print(len("-".join(["é", "eggs", "py", "ß"])))
        print(sys.getsizeof(dict(zip(["eggs", "gc", "a", "heap"], [247, 48096069685286560531104]))))
        print({x % 2 for x in list(map(lambda v: v % 3, (64, 5, 41033409842976423348582, -92946)))})
    except BaseException as other:
        print("other", type(other).__name__)
    finally:
        print("finally")
        o16.tag = -69556
    print(sum(x * x for x in range(0)))
    for i20 in sorted(set(["b", "b", "b"]))[:3]:
        print("loop", i20)
        print(v5)
    if i17 == 2:
        continue
try:
    v12.discard(("ß" * 0))
    print(sum(x * x for x in range(9)))
    v12.add("val"[2:])
    {}[str(v5)]
except Exception as e21:
    print("caught", type(e21).__name__, e21.args, e21.__cause__ is not None, e21.__context__ is not None)
    try:
        raise RuntimeError("inner") from e21
    except RuntimeError as inner:
        print(type(inner.__cause__).__name__, inner.__context__ is inner.__cause__)
except BaseException as e22:
    print("caught", type(e22).__name__, e22.args, e22.__cause__ is not None, e22.__context__ is not None)
except (IndexError, ZeroDivisionError) as e23:
    print("caught", type(e23).__name__, e23.args, e23.__cause__ is not None, e23.__context__ is not None)
except BaseException as other:
    print("other", type(other).__name__)
finally:
    print("finally")
v24 = dict(zip(sorted({"b"}), [len(s) for s in []]))
print("v24", v24)
class CM25:
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print("enter", self.label)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.label, et.__name__ if et else None)
        return True
v26 = dict(zip(sorted(v12), [x * 2 for x in range(2) if x % 2]))
print("v26", v26)
def g27(n):
    try:
        for i in range(n % 9):
            yield i * 5
    finally:
        print("g27 finally")
del v5, o16, f11, v26, v12, v24, g27, v0
print("teardown", gc.collect())
print("end")
