# Traced memory of instances of Python classes: objects with a managed __dict__ (its values live in a
# separate array on 3.11/3.12, inside the object on 3.13), objects with __slots__, and attribute
# assignments; per-line sizes and counts from a snapshot.
import gc
import tracemalloc


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


gc.collect()
tracemalloc.start()
plains = [Plain(i, i) for i in range(10)]
slotted = [Slotted(i, i) for i in range(10)]
one = Plain(1, 2)
one.c = 3
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
snap = snap.filter_traces([tracemalloc.Filter(True, __file__)])
for stat in sorted(snap.statistics("lineno"), key=lambda s: s.traceback[0].lineno):
    print("line", stat.traceback[0].lineno, "size", stat.size, "count", stat.count)
