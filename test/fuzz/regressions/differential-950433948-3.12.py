# fuzz regression: property=differential kind=generated seed=950433948 version=3.12
# from: generator
# problem when found:
#   last line of stderr:
#     CPython:   "UnboundLocalError: cannot access local variable 'v15' where it is not associated with a value"
#     heapscope: "UnboundLocalError: cannot access local variable 'v15' where it is not associated with a value. Did you mean: 'v17'?"
import gc, sys, weakref
gc.collect()
gc.disable()
class C0(Exception):
    def __init__(self, tag):
        super().__init__(tag)
        print("del C4", self.tag)
f7 = lambda x: -x
print(f7.__name__, f7((52662 ^ 149)))
class C8(object):
    def __init__(self, tag):
        self.tag = tag
        self.link = None
        self.a9 = tag * 3
    def __repr__(self):
        return f"C8({self.tag})"
    def m10(self, x):
        return self.tag * 4 + x - 17
    @property
    def double(self):
        return self.tag * 2
def g12(n):
    yield from range(n % 5)
    return n
def g11(n):
    result = yield from g12(n)
    yield result * 2
print(len(gc.get_referents(C0)))
v13 = set([len(s) for s in ["hello world", "", "b"]])
print("v13", v13)
del v13
print("gc", gc.collect())
def t14():
    def loop(n):
        return 0 if n <= 0 else 1 + loop(n - 1)
    return loop
print(t14()(19))
print("gc", gc.collect())
v15 = [len(s) for s in [str(i) for i in [7773952726583897387049, 35, 204]]]
print(sum(g11(16)), max(g11(9), default=-1))
print(sum(v15))
v19 = float(len({"b": 286, "x": 175, "val": -77655}))
v20 = tuple([x * 4 for x in range(6)])
print("v20", v20)
def t21():
    def loop(n):
        return 0 if n <= 0 else 1 + loop(n - 1)
    return loop
print(t21()(7))
o22 = C8(176)
print(o22, o22.double)
def local23():
    tmp = v15[-1:4]
    print({x % 8 for x in v15})
    v15 *= 2
    return tmp
print(local23())
del v19, v15, g11, v20, v17, o22
print("teardown", gc.collect())
print("end")
