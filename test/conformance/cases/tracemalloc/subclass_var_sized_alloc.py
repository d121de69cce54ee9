# Instances of classes over variable-size builtins (tuple, int, bytes) come from PyType_GenericAlloc, which
# allocates _PyObject_VAR_SIZE(type, nitems + 1): one item more than sys.getsizeof counts, rounded up to a
# pointer. namedtuple instances are such tuples.
import sys
import tracemalloc
from collections import namedtuple


class T(tuple):
    pass


class I(int):
    pass


class B(bytes):
    pass


N = namedtuple("N", "x y")
makers = [
    ("T((1, 2))", lambda: T((1, 2))),
    ("I(5)", lambda: I(5)),
    ("I(0)", lambda: I(0)),
    ("I(2**40)", lambda: I(1 << 40)),
    ("I(-2**70)", lambda: I(-(1 << 70))),
    ("B(b'')", lambda: B(b"")),
    ("B(b'xy')", lambda: B(b"xy")),
    ("B(b'x' * 13)", lambda: B(b"xxxxxxxxxxxxx")),
    ("N(1, 2)", lambda: N(1, 2)),
]
tracemalloc.start()
keep = [(name, mk()) for name, mk in makers]
snap = tracemalloc.take_snapshot()
for name, o in keep:
    # the block of each object, found by the line of its maker
    line = tracemalloc.get_object_traceback(o)[0].lineno
    stats = snap.filter_traces([tracemalloc.Filter(True, __file__, line)]).statistics("lineno")
    print(name, [(s.size, s.count) for s in stats], sys.getsizeof(o))
del keep, snap, stats
b = tracemalloc.get_traced_memory()[0]
many = [N(i, i) for i in range(100)]
print("100 namedtuples:", tracemalloc.get_traced_memory()[0] - b)
