# Automatic collections move surviving objects to older generations: where a list lives while a loop
# keeps allocating containers with a small threshold.
import gc


def where(o):
    for g in range(3):
        for x in gc.get_objects(g):
            if x is o:
                return g
    return None


gc.collect()
gc.set_threshold(15, 2, 2)
marker = ["marker"]
seen = []
keep = []
for i in range(120):
    keep.append((i, [i]))
    if i % 10 == 0:
        seen.append((i, where(marker)))
gc.set_threshold(700, 10, 10)
print(seen)
print("count at the end:", gc.get_count())
