# CALL sites that call str, tuple or type with one positional argument: once CPython specializes a site
# (3.12: CALL_NO_KW_STR_1 / TUPLE_1 / TYPE_1 at its second run; 3.11: PRECALL_NO_KW_*_1 once the code object is
# quickened, at its 8th RESUME / JUMP_BACKWARD; 3.13: CALL_STR_1 ...), str(x) no longer packs an argument tuple:
# tracemalloc deltas, gc counts and the tuple freelist differ run by run. A site that then calls something else
# deoptimizes (a miss) but stays specialized until its counter runs out.
import gc, tracemalloc

def conv(x):
    return str(x)

def conv_any(fn, x):
    return fn(x)

def measure(label, fn, *args):
    gc.collect()
    a = tracemalloc.get_traced_memory()[0]
    c0 = gc.get_count()[0]
    r = fn(*args)
    c1 = gc.get_count()[0]
    b = tracemalloc.get_traced_memory()[0]
    return (label, type(r).__name__, c1 - c0, b - a)

tracemalloc.start()
out = []
for k in range(10):
    out.append(measure("str", conv, 12345))
for k in range(4):
    out.append(measure("str kw", lambda: str(b"ab", "ascii")))
for k in range(4):
    out.append(measure("tuple", lambda: tuple([1, 2])))
    out.append(measure("type", lambda: type(3)))
# one site, several callables: str after len / float / int / a Python function
def py(x):
    return x
for fn in (str, str, float, str, int, str, py, str, len, str, str, repr, str):
    out.append(measure("any " + fn.__name__, conv_any, fn, "x" if fn is len else 7))
# a loop body: the site runs many times in one frame
def loop(n):
    res = []
    for i in range(n):
        c0 = gc.get_count()[0]
        s = str(i)
        res.append(gc.get_count()[0] - c0)
    return res
for k in range(3):
    out.append(("loop", loop(12)))
# misses: a STR_1 site that sees another callable 60 times respecializes (3.12: at the 53rd miss; 3.11: adaptive
# again after 53, then specialized 31 runs later); counts per str call after each batch
def site(fn, x):
    return fn(x)
for n in (0, 40, 12, 1, 30, 10):
    for k in range(n):
        site(abs, -1)
    out.append(("after", n, [measure("s", site, str, 5)[2] for k in range(3)]))
tracemalloc.stop()
for line in out:
    print(*line)
