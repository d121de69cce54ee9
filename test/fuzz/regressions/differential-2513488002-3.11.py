# fuzz regression: property=differential kind=generated seed=2513488002 version=3.11
# from: generator
# problem when found:
#   stdout differs from CPython:
#     line 12: expected "80", got "72"
# (ddmin had dropped the class's __repr__, so the saved program printed an address; restored by hand)
import gc, sys, weakref
gc.collect()
gc.disable()
v0 = set(([] + [244, 121, 123]))
class C1(object):
    __slots__ = ("tag", "link", "a2")
    def __init__(self, tag):
        self.tag = tag
        self.link = None
        self.a2 = tag * 7
    def m3(self, x):
        return self.tag * 4 + x | 9
    def __repr__(self):
        return "C1(%r)" % (self.tag,)
def f4(x):
    acc = [i for i in range(x % 12)]
    d = {str(i): i * i for i in acc}
    return sum(d.values()) + len(acc)
print(f4.__name__, f4(f4(99)))
def mk5(start):
    cells = [start]
    helper = lambda v: v * 4
    def inner(x):
        cells.append(helper(x))
        del cells[:-1]
        return sum(cells)
    return inner
f6 = mk5(len("x"))
print(f6(1), f6(2), f6.__closure__ is not None)
o7 = C1(82)
print(o7, o7.tag)
def g8(n):
    try:
        for i in range(n % 6):
            yield i * 5
    finally:
        print("g8 finally")
v9 = ((set(["key", "hello world", "ß", "val"]) | set()) | {"x"})
print("gc", gc.collect())
v13 = dict(zip(["gc"], [9, 156662723049013158761916, 256776654599001133044957][-1:3]))
v14 = list(range(1, 8, 1))[0:3]
o15 = C1(256)
class C16(C1):
    def m18(self, x):
        return self.tag * 1 + x | 32
o19 = C1(8)
print(v0)
o20 = C16(o7.m3(5777))
print(o20, o20.a2)
print("-".join([str(i) for i in [217, -93041]]))
def mk21(start):
    total = start
    def inner(x):
        nonlocal total
        total = (total + x) % 14181
        return total
    return inner
f22 = mk21(98517)
print(f22(1), f22(2), f22.__closure__ is not None)
del v0
print(sys.getsizeof(o20))
del f4, C16, o20, v14, g8, o7, C1, v13, f6, o19, o15, f22, v9
print("teardown", gc.collect())
