# Snapshot.compare_to('traceback') and compare_to('lineno', cumulative=True) between two snapshots with
# start(3): growth, shrinkage and new entries, sorted by the absolute size difference.
import gc
import tracemalloc


def grow(store, n):
    store.append(bytes(n))


gc.collect()
tracemalloc.start(3)
store = []
grow(store, 500)
s1 = tracemalloc.take_snapshot()
grow(store, 700)
grow(store, 900)
extra = bytes(4000)
store.pop(0)
s2 = tracemalloc.take_snapshot()
tracemalloc.stop()
f = [tracemalloc.Filter(True, __file__)]
s1 = s1.filter_traces(f)
s2 = s2.filter_traces(f)
for d in s2.compare_to(s1, "traceback"):
    print([fr.lineno for fr in d.traceback], "size", d.size, "diff", d.size_diff, "count", d.count, "diff", d.count_diff)
print("cumulative:")
for d in s2.compare_to(s1, "lineno", cumulative=True):
    print(d.traceback[0].lineno, "size", d.size, "diff", d.size_diff, "count", d.count, "diff", d.count_diff)
