# functools.lru_cache and cache: hits, misses, maxsize eviction, cache_clear, typed.
import functools
calls = []
@functools.lru_cache(maxsize=3)
def square(n):
    calls.append(n)
    return n * n
for n in (1, 2, 3, 1, 4, 2, 5, 1):
    square(n)
print(calls, square.cache_info())
square.cache_clear()
print(square.cache_info())
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(30), fact.cache_info().currsize)
@functools.lru_cache(typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind.cache_info())
@functools.lru_cache
def no_parens(a, b=1):
    return a + b
print(no_parens(1), no_parens(1, b=1), no_parens(1, 1), no_parens.cache_info(), no_parens.__wrapped__(5))
try:
    square([1])
except TypeError as e:
    print(type(e).__name__, e)
print(square.cache_parameters(), fib.__name__)
