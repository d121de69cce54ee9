# fuzz regression: property=differential kind=generated seed=1486180212 version=3.11
# from: generator
# problem when found:
#   stdout differs from CPython:
#     line 21: expected "64", got "88"
import gc, sys, weakref
gc.collect()
gc.disable()
v0 = sorted((8, 1, 89, 242), reverse=False)[-1:5]
def f1(x, y=8, *rest, **kw):
    return x - (y + 1) + len(kw)
w2 = weakref.ref(f1, lambda r: print("callback w2"))
print(w2() is f1, weakref.getweakrefcount(f1))
print("gc", gc.collect())
n4 = 0
while n4 < 2:
    n4 += 1
    print(sorted((set(["hello world", "x", "py", "zz"]) | {"é"})))
def local5():
    try:
        print(v0.pop() if v0 else None)
        {}[("hello world" * 1)]
    except LookupError as e6:
        print("caught", type(e6).__name__, e6.args, e6.__cause__ is not None, e6.__context__ is not None)
print(local5())
v0.append(125)
w9 = weakref.ref(f1)
print(w9() is f1, weakref.getweakrefcount(f1))
def f10(x):
    return x * 2
v11 = int(float(95))
print("gc", gc.collect())
print(sys.getsizeof(v0))
