# Reference counts of cached arguments and results through hits, evictions and cache_clear, for bounded
# (links in a ring), unbounded and uncached lru_cache wrappers; the key is the call's own argument tuple.
import sys, functools

class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('  del R', self.n)

made = []
def make(*args, **kw):
    r = R(args[0] if args else sorted(kw.items()))
    return r

bounded = functools.lru_cache(maxsize=2)(make)
a = 'alpha' * 3
b = 'beta' * 3
c = 'gamma' * 3
print('start', sys.getrefcount(a), sys.getrefcount(b))
r1 = bounded(a)
print('miss', sys.getrefcount(a), sys.getrefcount(r1))
r1b = bounded(a)
print('hit', r1b is r1, sys.getrefcount(a), sys.getrefcount(r1))
del r1b
r2 = bounded(b)
print('two', sys.getrefcount(b), sys.getrefcount(r2))
del r1, r2
print('evict a')
r3 = bounded(c)
print('after', sys.getrefcount(a), sys.getrefcount(c), bounded.cache_info())
del r3
print('hit b then add a: evicts c')
bounded(b)
bounded(a)
print(sys.getrefcount(c), sys.getrefcount(a))
print('clear')
bounded.cache_clear()
print('cleared', sys.getrefcount(a), sys.getrefcount(b), bounded.cache_info())

# a tuple key: the arguments tuple of the call is the key
pair = bounded(10, 20)
keys = []
import gc
for o in gc.get_referents(bounded):
    if type(o) is tuple:
        keys.append(o)
print(keys, [sys.getrefcount(k) for k in keys])
del pair
bounded.cache_clear()

unbounded = functools.cache(make)
x = 1000 + len(a)
r = unbounded(x)
print('unbounded', sys.getrefcount(x), sys.getrefcount(r))
r_again = unbounded(x)
print(r_again is r, sys.getrefcount(r))
del r, r_again
kw = unbounded(k='v' * 5)
print('kw', sys.getrefcount(kw), unbounded.cache_info())
del kw
unbounded.cache_clear()
print('unbounded cleared')

uncached = functools.lru_cache(maxsize=0)(make)
r = uncached(a)
print('uncached', sys.getrefcount(a), sys.getrefcount(r), uncached.cache_info())
del r
print('del wrapper')
bounded(a); bounded(b)
del bounded
print('end')
