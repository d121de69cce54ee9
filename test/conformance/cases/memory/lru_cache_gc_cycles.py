# lru_cache wrappers in reference cycles (a cached result referring to its wrapper, a wrapper in its own
# __dict__): collected by the GC through tp_traverse / tp_clear, results released in ring order; weakrefs.
import gc, functools, sys
class R:
    def __init__(self, n, w): self.n = n; self.w = w
    def __del__(self): print('del', self.n)
def run(maxsize):
    @functools.lru_cache(maxsize=maxsize)
    def f(n):
        return R(n, f)
    f(1); f(2); f((3, 4))
    del f
    gc.collect()
    print(maxsize, gc.collect())
for m in (None, 2, 10):
    run(m)
gc.collect()
def g(n): return [n]
w = functools.lru_cache(maxsize=3)(g)
w(1); w(2)
w.__dict__['self'] = w
del w
print('collected', gc.collect())
import weakref
w = functools.cache(g)
r = weakref.ref(w, lambda ref: print('callback'))
del w
print(r())
