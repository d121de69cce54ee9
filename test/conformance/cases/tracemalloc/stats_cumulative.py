# Snapshot.statistics('lineno', cumulative=True) counts a block once for every distinct line of its
# traceback (all frames), so callers' lines accumulate their callees' allocations; 'filename' likewise.
import gc
import tracemalloc


def leaf(n):
    return bytes(n)


def middle(n):
    return [leaf(n), leaf(n + 1)]


gc.collect()
tracemalloc.start(5)
x = middle(2000)
y = leaf(3000)
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
snap = snap.filter_traces([tracemalloc.Filter(True, __file__)])
print("not cumulative:")
for stat in snap.statistics("lineno"):
    print("  line", stat.traceback[0].lineno, "size", stat.size, "count", stat.count)
print("cumulative:")
for stat in snap.statistics("lineno", cumulative=True):
    print("  line", stat.traceback[0].lineno, "size", stat.size, "count", stat.count)
fs = snap.statistics("filename", cumulative=True)
print("filename cumulative:", len(fs), fs[0].size, fs[0].count)
