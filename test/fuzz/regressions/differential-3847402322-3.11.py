# fuzz regression: property=differential kind=generated seed=3847402322 version=3.11
# from: generator
# problem when found:
#   found by the fixed-seed batch (npm test): last line of stderr:
#     CPython:   \"AttributeError: 'tuple' object has no attribute '__name__'\"
#     heapscope: \"AttributeError: 'tuple' object has no attribute '__name__'. Did you mean: '__ne__'?\
import gc, sys, weakref
gc.collect()
gc.disable()
v0 = tuple(sorted(({21299} ^ set([21, 45, 91, 248, 226]))))
print(sum(x * x for x in range(10)))
def g1(n):
    try:
        for i in range(n % 5):
            yield i * 4
    finally:
        print("g1 finally")
def mk2(start):
    total = start
    def inner(x):
        nonlocal total
        total = (total + x) % 4390
        return total
    return inner
f3 = mk2(122)
try:
    [x * 2 for x in range(5)][4]
except ArithmeticError as e4:
    print("caught", type(e4).__name__, e4.args, e4.__cause__ is not None, e4.__context__ is not None)
except BaseException as other:
    print("other", type(other).__name__)
else:
    print("no exception")
finally:
    print("finally")
    try:
        print(sum(g1(0)), max(g1(9), default=-1))
        print(sorted((set(["spam", "b", "a", "é"]) | set(["key", "val", "py", "py", "b"]))))
        print(sys.getsizeof(v0))
        raise KeyError(("ref" + "spam"))
    except BaseException as e6:
        print("caught", type(e6).__name__, e6.args, e6.__cause__ is not None, e6.__context__ is not None)
    except BaseException as other:
        print("other", type(other).__name__)
    else:
        print("no exception")
v7 = (list(range(0, 6, 3)) + [])
print("v7", v7)
print(v7 is v7[:] if isinstance(v7, (tuple, str)) else v7 is v7.copy())
print(v7 is v7[:] if isinstance(v7, (tuple, str)) else v7 is v7.copy())
print(v0.__name__, v0.__mro__[1].__name__)
t10 = {}
t10["self"] = t10
t10["v"] = "py"[-1:]
print(len(t10), t10["self"] is t10)
print("gc", gc.collect())
v11 = ((73 / 3) + 100.0)
print("v11", v11)
w12 = weakref.ref(f3)
print(w12() is f3, weakref.getweakrefcount(f3))
class C13(Exception):
    def __init__(self, tag):
        super().__init__(tag)
        self.tag = tag
        self.link = None
        self.a14 = tag * 8
    def __repr__(self):
        return f"C13({self.tag})"
    def m15(self, x):
        return self.tag * 5 + x + 36
    def __del__(self):
        print("del C13", self.tag)
def f16(x):
    acc = [i for i in range(x % 3)]
    d = {str(i): i * i for i in acc}
    return sum(d.values()) + len(acc)
print(f16.__name__, f16(37))
if not list(range(3, 9, 3)):
    it17 = g1(3)
    print(next(it17, "empty"))
    print(list(it17))
    print(())
v18 = f'{273}-{"ref"!r}'.split()
it19 = g1(20)
print(next(it19, "empty"))
print(list(it19))
class C20(object):
    def __init__(self, tag):
        self.tag = tag
        self.link = None
        self.a21 = tag * 3
    def __repr__(self):
        return f"C20({self.tag})"
    def m22(self, x):
        return self.tag * 2 + x * 39
    def __del__(self):
        print("del C20", self.tag)
print("collected", gc.collect())
print("end")
