# fuzz regression: property=differential kind=generated seed=629596610 version=3.12
# from: generator
# problem when found:
#   found by the fixed-seed batch (npm test): stdout differs from CPython:
#     line 3: expected \"58\", got \"61\
import gc, sys, weakref
gc.collect()
gc.disable()
class C0(object):
    def __init__(self, tag):
        self.tag = tag
        self.link = None
        self.a1 = tag * 8
    def __repr__(self):
        return f"C0({self.tag})"
    def m2(self, x):
        return self.tag * 1 + x + 48
try:
    raise LookupError(repr("spam"))
except BaseException as e3:
    print("caught", type(e3).__name__, e3.args, e3.__cause__ is not None, e3.__context__ is not None)
    def local4():
        tmp = {**{"zz": 146, "a": 35, "zz": -96395, "spam": 152}, "": 187}
        print((226 | (140 & 285)))
        print(sys.getsizeof("é".title()))
        return tmp
    print(local4())
except BaseException as other:
    print("other", type(other).__name__)
o5 = C0(208)
print(o5, o5.tag)
w6 = weakref.ref(o5)
print(w6() is o5, weakref.getweakrefcount(o5))
v7 = (min(73, -4) * (81 % -2))
def mk8(start):
    cells = [start]
    helper = lambda v: v * 2
    def inner(x):
        cells.append(helper(x))
        del cells[:-3]
        return sum(cells)
    return inner
f9 = mk8(v7)
o10 = C0(v7)
del v7
print("gc", gc.collect())
class C11(object):
    def __init__(self, tag):
        self.tag = tag
        self.link = None
        self.a12 = tag * 9
    def __repr__(self):
        return f"C11({self.tag})"
    def m13(self, x):
        return self.tag * 2 + x ^ 18
    @property
    def double(self):
        return self.tag * 2
w14 = weakref.ref(o10)
print(w14() is o10, weakref.getweakrefcount(o10))
t15 = o10
print(t15 is o10, id(t15) == id(o10), sys.getrefcount(o10))
del t15
o16 = C11((173 | 215))
print(o16, o16.double)
print(int(o16.m13((55 * 263))) is int(155), tuple(sorted((156, 28, 43, 67), reverse=False)) is tuple((246,)), tuple() is tuple([]))
o5.link = o10
del w6, o5, o16, w14, f9, o10
print("teardown", gc.collect())
print("end")
