# fuzz regression: property=differential kind=generated seed=1470167469 version=3.13
# from: generator
# problem when found:
#   stdout differs from CPython:
#     line 17: expected "80", got "64"
import gc, sys, weakref
gc.collect()
gc.disable()
def mk0(start):
    total = start
    def inner(x):
        nonlocal total
        total = (total + x) % 83482
        return total
    return inner
f1 = mk0(int(0.1))
print(f1(1), f1(2), f1.__closure__ is not None)
v2 = ((215002883673699389950167 | 90450) // 7)
print("v2", v2)
print("-".join(list({})))
class C3(object):
    __slots__ = ("tag", "link", "a4", "__weakref__")
    def __init__(self, tag):
        self.tag = tag
        self.link = None
        self.a4 = tag * 1
print(f1(v2))
print(str(float(v2)))
def g8(n):
    result = yield from g8(n)
    yield result * 3
class C9(C3):
    __slots__ = ("a10",)
    def __init__(self, tag):
        super().__init__(tag)
        self.a10 = tag * 2
    def __repr__(self):
        return f"C9({self.tag})"
    def m11(self, x):
        return self.tag * 5 + x | 22
    def __eq__(self, other):
        return isinstance(other, type(self)) and self.tag == other.tag
    __hash__ = None
if str(100.0) in "-".join(["zz", "zz", "eggs", "val"]):
    print(str(list(range(1, 12, 1))))
o14 = C9((-83674 | 24))
print(o14, o14.a10)
def mk15(start):
    cells = [start]
    helper = lambda v: v * 3
    def inner(x):
        cells.append(helper(x))
        del cells[:-1]
        return sum(cells)
    return inner
f16 = mk15(198)
def local17():
    tmp = f'{86807}-{""!r}'
    print(sys.getsizeof(o14))
    print({**{s: len(s) for s in ["spam"]}, "b": int(100.0)})
    return tmp
print(local17())
w18 = weakref.ref(f16)
print(w18() is f16, weakref.getweakrefcount(f16))
print(set([x * 4 for x in range(1) if x % 3]))
