# tracemalloc: traced bytes of lru_cache keys (the argument tuple itself; a new tuple with kwd_mark for
# keyword arguments), what cache_clear gives back, and a new _lru_cache_wrapper with its cache dict.
import tracemalloc, functools

def pair(x, y):
    return x
xs = [i * 1000 + 1 for i in range(10)]
w = functools.lru_cache(maxsize=100)(pair)
tracemalloc.start()
b0 = tracemalloc.get_traced_memory()[0]
for i in range(10):
    w(xs[i], 7)
print('tuple keys', tracemalloc.get_traced_memory()[0] - b0)
for i in range(10):
    w(xs[i], y=7)
print('kw keys', tracemalloc.get_traced_memory()[0] - b0)
w.cache_clear()
print('cleared', tracemalloc.get_traced_memory()[0] - b0)
b0 = tracemalloc.get_traced_memory()[0]
w2 = functools._lru_cache_wrapper(pair, 10, False, functools._CacheInfo)
print('new wrapper', tracemalloc.get_traced_memory()[0] - b0)
del w2
print('freed', tracemalloc.get_traced_memory()[0] - b0)
tracemalloc.stop()
