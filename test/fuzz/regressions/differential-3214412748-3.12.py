# fuzz regression: property=differential kind=generated seed=3214412748 version=3.12
# from: generator
# problem when found:
#   stdout differs from CPython:
#     line 14: expected "58", got "61"
import gc, sys, weakref
gc.collect()
gc.disable()
class C0(object):
    def __init__(self, tag):
        self.tag = tag
        self.link = None
        self.a1 = tag * 2
    def __repr__(self):
        return f"C0({self.tag})"
    def m2(self, x):
        return self.tag * 1 + x | 42
def t3():
    def loop(n):
        return 0 if n <= 0 else 1 + loop(n - 1)
    return loop
print(t3()(16))
print("gc", gc.collect())
v4 = tuple([421366520176651826650752])
print("v4", v4)
def f5(x):
    def rec(n):
        if n <= 0:
            return 1
        return n + rec(n - 3)
    return rec(x % 12)
del v4
def f6(x, y=0, *rest, **kw):
    return x * (len(rest) + 1) + len(kw)
print(f6.__name__, f6((135 + 279)))
w8 = weakref.ref(f6, lambda r: print("callback w8"))
print(w8() is f6, weakref.getweakrefcount(f6))
o9 = C0((79 & 50))
def mk10(start):
    cells = [start]
v17 = (str([108067106900530080545940, 268, 88]) + "key".replace("a", "b"))
print("v17", v17)
v18 = {**{"key": 226, "hello world": 288545607201123958697774, "heap": 264, "heap": 41}, v17: 14}
print("v18", v18)
w19 = weakref.ref(o9)
print(w19() is o9, weakref.getweakrefcount(o9))
w20 = weakref.ref(f6)
print(w20() is f6, weakref.getweakrefcount(f6))
print(sys.getsizeof("é".lower()))
def t21():
    def loop(n):
        return 0 if n <= 0 else 1 + loop(n - 1)
