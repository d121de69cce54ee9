# Snapshot.statistics('traceback') with start(4): allocations grouped by their whole traceback (oldest frame
# first), so the same line reached through different callers gives separate entries.
import gc
import tracemalloc


def make(n):
    return [None] * n


def via_a():
    return make(100)


def via_b():
    return make(200)


gc.collect()
tracemalloc.start(4)
a = via_a()
b = via_b()
c = via_b()
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
snap = snap.filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics("traceback"):
    frames = [f.lineno for f in stat.traceback]
    print("frames", frames, "size", stat.size, "count", stat.count, "total_nframe", stat.traceback.total_nframe)
