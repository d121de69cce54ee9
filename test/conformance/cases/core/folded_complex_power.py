# The compiler folds a power whose result is complex ((-1.0) ** 0.5, complex ** int) into a constant, as
# CPython's does: the function returns the same object each time and allocates nothing.
import tracemalloc
f = lambda: (-1.0) ** 0.5
g = lambda: (1 + 2j) ** 3
h = lambda: 2.5 ** -1.5
k = lambda: (-8) ** (1 / 3)
print(f.__code__.co_consts, g.__code__.co_consts, h.__code__.co_consts)
print(f() is f(), g() is g(), f(), g(), h(), k())
tracemalloc.start()
r = [f() for _ in range(5)]
print(tracemalloc.get_traced_memory()[0])
tracemalloc.stop()
# 0.0 to a negative power and overflows are left to the run
for src in ["0.0 ** -1", "0j ** -1", "(1e300 + 1e300j) ** 5", "(-1e300) ** 0.5"]:
    try:
        print(src, eval(src))
    except (ZeroDivisionError, OverflowError) as exc:
        print(src, type(exc).__name__, exc)
