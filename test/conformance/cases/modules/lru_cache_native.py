# functools.lru_cache / cache as CPython's native _lru_cache_wrapper: keys (typed, keyword order, exact
# int / str), cache_info, cache_parameters, eviction order, re-entrant calls, methods, copy / reduce,
# and the messages of _lru_cache_wrapper() itself.
import functools, copy

calls = []
@functools.lru_cache(maxsize=3, typed=True)
def t(*args, **kw):
    calls.append((args, sorted(kw.items())))
    return len(calls)

print(t(1), t(1.0), t(True), t(1), t.cache_info())
print(t(a=1, b=2), t(b=2, a=1), t(a=1, b=2), t.cache_info())
print(t.cache_parameters(), t.__wrapped__.__name__, t.__name__, t.__qualname__)

@functools.lru_cache(maxsize=2)
def u(x):
    calls.append(x)
    return x * 2

class IntSub(int):
    pass
print(u(3), u(IntSub(3)), u(3.0), u.cache_info())
print(u('s'), u('s'), u.cache_info())
u.cache_clear()
print(u.cache_info())

# eviction order: least recently used first
evicted = []
class V:
    def __init__(self, k): self.k = k
    def __del__(self): evicted.append(self.k)
@functools.lru_cache(maxsize=2)
def mk(k):
    return V(k)
mk(1); mk(2); mk(1); mk(3); mk(4)
print(evicted, mk.cache_info())
mk.cache_clear()
print(evicted)

# re-entrant: the function fills its own key while computing it
depth = [0]
@functools.lru_cache(maxsize=2)
def reent(k):
    depth[0] += 1
    if depth[0] < 3:
        reent(k)
    return depth[0]
print(reent(9), reent(9), reent.cache_info())

# the function evicts the oldest key itself (the link becomes an orphan)
@functools.lru_cache(maxsize=1)
def clears(k):
    if k == 'b':
        clears.cache_clear()
    return k
print(clears('a'), clears('b'), clears.cache_info(), clears('c'), clears.cache_info())

class C:
    def __init__(self):
        self.n = 0
    @functools.lru_cache(maxsize=None)
    def m(self, x):
        self.n += 1
        return x + self.n
c = C()
print(c.m(1), c.m(1), C.m.cache_info(), type(C.__dict__['m']).__name__, C.m.__get__(None, C) is C.m)
print(copy.copy(t) is t, copy.deepcopy(t) is t, t.__reduce__())

W = functools._lru_cache_wrapper
for args in [(), (len,), (1, 2, 3, 4), (len, 'x', False, None), (len, 2.5, False, None), (len, 2 ** 64, False, None)]:
    try:
        W(*args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    u([1])
except TypeError as e:
    print('TypeError', e)
try:
    u.cache_info(1)
except TypeError as e:
    print('TypeError', e)
w = W(len, -5, 0, functools._CacheInfo)
print(w('abc'), w.cache_info())
w = W(len, 2 ** 62, 0, functools._CacheInfo)
print(w('abc'), w.cache_info())
for bad in ('x', -1.5):
    try:
        functools.lru_cache(maxsize=bad)
    except TypeError as e:
        print('TypeError', e)
print(functools.lru_cache(maxsize=None)(len).cache_info())
print(functools.cache(abs)(-3), functools.cache.__doc__)
