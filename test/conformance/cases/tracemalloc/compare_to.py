# Snapshot.compare_to('lineno') between two snapshots, filtered to this file.
import gc
import tracemalloc

gc.collect()
tracemalloc.start()
first = [bytes(100) for _ in range(10)]
s1 = tracemalloc.take_snapshot()
second = [bytes(200) for _ in range(5)]
first.pop()
first.pop()
third = bytes(3000)
s2 = tracemalloc.take_snapshot()
tracemalloc.stop()
f = [tracemalloc.Filter(True, __file__)]
s1 = s1.filter_traces(f)
s2 = s2.filter_traces(f)
for d in s2.compare_to(s1, "lineno"):
    print("line", d.traceback[0].lineno, "size", d.size, "diff", d.size_diff, "count", d.count, "diff", d.count_diff)
