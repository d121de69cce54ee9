# an import between allocations: the program's own objects bring the count near the threshold, so an
# automatic collection runs inside the import and promotes them (gc.get_objects sees where they are)
import gc

keep = []
for i in range(500):
    keep.append([i])
s0 = [s["collections"] for s in gc.get_stats()]
import functools
s1 = [s["collections"] for s in gc.get_stats()]
print([b - a for a, b in zip(s0, s1)], gc.get_count())
print(gc.is_tracked(keep[0]), keep[0] in gc.get_objects(0))
print(gc.collect())
