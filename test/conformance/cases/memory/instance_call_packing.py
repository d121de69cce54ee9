# Calling an instance whose class defines __call__: instances have no vectorcall, so _PyObject_MakeTpCall
# packs the positional arguments into a tuple and the keywords into a dict for the call, and slot_tp_call
# prepends self (_PyObject_Call_Prepend; with keywords, _PyStack_UnpackDict's own references).
import gc
import sys
import tracemalloc

o = object()


class Callable:
    def __call__(self, x, y=0):
        return sys.getrefcount(x), sys.getrefcount(self)


class Many:
    def __call__(self, a, b, c, d, e, f=0):
        return sys.getrefcount(a)


c = Callable()
print("positional", c(o))
print("keyword", c(x=o))
print("both", c(o, y=1))
print("star", c(*(o,)))
print("dstar", c(**{"x": o}))
print("star dstar", c(*(o,), **{"y": 1}))
print("five", Many()(o, 2, 3, 4, 5), Many()(o, 2, 3, 4, 5, f=6))
print("map", list(map(c, [o])))
print("sorted key", sorted([o], key=lambda v: c(v)[0]) == [o])


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, *args, **kwargs):
        self.n += 1
        return len(args) + len(kwargs)


k = Counter()
gc.collect()
before = gc.get_count()
k(1)
k(1, 2)
k(a=1)
print("gc count", before, gc.get_count())

tracemalloc.start()
k(1)
s0 = tracemalloc.get_traced_memory()[0]
r = k(1, 2, 3)
s1 = tracemalloc.get_traced_memory()[0]
r = k(1, 2, 3, x=4)
s2 = tracemalloc.get_traced_memory()[0]
tracemalloc.stop()
print("tracemalloc", s1 - s0, s2 - s1, k.n)
