# tracemalloc: traced bytes per cache entry of bounded (a 56-byte lru_list_elem per entry and a dict
# entry) vs unbounded caches (a dict entry), the reuse of the oldest link by a full cache, and cache_clear.
import tracemalloc, functools

def ident(x):
    return x

def measure(make, n):
    wrapper = make(ident)
    keys = [i * 1000 for i in range(n)]
    tracemalloc.start()
    b0 = tracemalloc.get_traced_memory()[0]
    for k in keys:
        wrapper(k)
    b1 = tracemalloc.get_traced_memory()[0]
    wrapper.cache_clear()
    b2 = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return b1 - b0, b2 - b0

for n in (1, 5, 20, 100):
    print(n, 'bounded', measure(functools.lru_cache(maxsize=1000), n))
    print(n, 'unbounded', measure(functools.cache, n))
    print(n, 'small', measure(functools.lru_cache(maxsize=4), n))
    print(n, 'uncached', measure(functools.lru_cache(maxsize=0), n))

