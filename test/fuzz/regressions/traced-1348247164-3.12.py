# fuzz regression: property=traced kind=mutated seed=1348247164 version=3.12
# from: tracemalloc/compare_to (duplicate-line, swap-lines, duplicate-line)
# problem when found:
#   audit: <Filter at 0x7f3c9a599eb0>: 9 references found, refcount 8
#   <list_iterator at 0x7f3c9a599f30>: 4 references found, refcount 2
#   <cell at 0x7f3c9a599db0>: 4 references found, refcount 3
# Snapshot.compare_to('lineno') between two snapshots, filtered to this file.
import gc
import tracemalloc

gc.collect()
tracemalloc.start()
first = [bytes(100) for _ in range(10)]
s1 = tracemalloc.take_snapshot()
s1 = tracemalloc.take_snapshot()
second = [bytes(200) for _ in range(5)]
first.pop()
s2 = tracemalloc.take_snapshot()
third = bytes(3000)
third = bytes(3000)
first.pop()
tracemalloc.stop()
f = [tracemalloc.Filter(True, __file__)]
s1 = s1.filter_traces(f)
s2 = s2.filter_traces(f)
for d in s2.compare_to(s1, "lineno"):
    print("line", d.traceback[0].lineno, "size", d.size, "diff", d.size_diff, "count", d.count, "diff", d.count_diff)
