# Recursion through lru_cache's C wrapper: each cached call is a C-level call (_PyObject_MakeTpCall) and
# not a Python frame; memoized fib at depth ~900 and the deepest chain per version and recursion limit.
import sys, functools

def fib_at(n, deco):
    @deco
    def fib(k):
        return k if k < 2 else fib(k - 1) + fib(k - 2)
    try:
        return fib(n) % 1000
    except RecursionError as e:
        return 'RecursionError: ' + str(e)

for deco in (functools.cache, functools.lru_cache(maxsize=128), functools.lru_cache(maxsize=1000)):
    print(fib_at(300, deco), fib_at(480, deco), fib_at(900, deco))

def deepest(deco, limit):
    sys.setrecursionlimit(limit)
    lo, hi, msg = 1, 4000, None
    while lo < hi:
        mid = (lo + hi + 1) // 2
        @deco
        def down(k):
            return 0 if k == 0 else down(k - 1) + 1
        try:
            down(mid)
            lo = mid
        except RecursionError as e:
            hi = mid - 1
            msg = str(e)
    return lo, msg

for limit in (100, 101, 600, 1000, 1001, 2500):
    print(limit, deepest(functools.cache, limit), deepest(functools.lru_cache(maxsize=0), limit))
sys.setrecursionlimit(1000)
