# f(*args, **kwargs): CALL_FUNCTION_EX makes a sequence a tuple and releases the sequence before the call; 3.12+
# inlines the call of a Python function, releasing the argument tuple and the keyword dict before its body runs
# (3.11 keeps them, and _PyStack_UnpackDict's stack, for the whole call).
import sys, gc
o = object()
def f(x, y=0, *rest, **kw):
    return sys.getrefcount(x), len(rest), sorted(kw)
def g(x):
    return sys.getrefcount(x)
print("tuple-var", f(*(o,)))
t = (o, 1)
print("tuple-named", f(*t), sys.getrefcount(t))
print("list", f(*[o, 2, 3]))
lst = [o]
print("list-named", f(*lst), sys.getrefcount(lst))
print("gen", f(*(v for v in [o])))
d = {"y": 5, "z": 6}
print("dict-named", f(o, **d), sys.getrefcount(d))
print("both", f(*t, **{"z": 6}))
print("kw-x", f(**{"x": o, "q": 1}))
for bad in (lambda: g(*1), lambda: g(**{1: 2}), lambda: g(*(o,), **{"x": 1}), lambda: g(**{"zz": 1}), lambda: f(*(), **{})):
    try:
        bad()
    except TypeError as e:
        print("err", e)
def deep(n):
    return n if n == 0 else deep(*(n - 1,))
print("deep", deep(100))
def rec(*a):
    return rec(*a)
try:
    rec(1)
except RecursionError as e:
    print("recursion", e)
gc.collect()
c0 = gc.get_count()
r = f(*[o, 1], **{"k": 1})
print("gc", c0, gc.get_count())
def gen(*a, **k):
    yield sys.getrefcount(a), sys.getrefcount(k)
print("genfunc", next(gen(*(o,), **{"a": 1})))
class K:
    def m(self, *a):
        return sys.getrefcount(a)
print("boundmeth", K().m(*(o,)))
def tb():
    raise ValueError("x")
try:
    tb(*())
except ValueError as e:
    import traceback
    print("tb", [fr.name for fr in traceback.extract_tb(e.__traceback__)])
import tracemalloc
tracemalloc.start()
def h(*a, **k):
    return tracemalloc.get_traced_memory()[0]
m0 = tracemalloc.get_traced_memory()[0]
m1 = h(*[1, 2, 3], **{"a": 1})
m2 = tracemalloc.get_traced_memory()[0]
tracemalloc.stop()
print("tm", m1 - m0, m2 - m0)
