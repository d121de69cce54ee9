# get_traced_memory() deltas around lists: object + GC header, and the separate item array (and its growth).
# Every reading is kept in a preallocated list; the deltas are raw, so they also include the ints made by
# the readings themselves (the empty measurements show that part).
import gc
import tracemalloc

R = [0] * 400
i = 0
t = tracemalloc.get_traced_memory
gc.collect()  # empty the freelists so every list below comes from the allocator
tracemalloc.start()
R[i] = t()[0]; i += 1  # warm-up: the first result tuple stays on the tuple freelist
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
print("empty measurement:", R[i - 1] - R[i - 2])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
print("empty measurement again:", R[i - 1] - R[i - 2])
R[i] = t()[0]; i += 1
l0 = []
R[i] = t()[0]; i += 1
print("[]:", R[i - 1] - R[i - 2])
R[i] = t()[0]; i += 1
l1 = [None]
R[i] = t()[0]; i += 1
print("[None]:", R[i - 1] - R[i - 2])
R[i] = t()[0]; i += 1
l5 = [None] * 5
R[i] = t()[0]; i += 1
print("[None] * 5:", R[i - 1] - R[i - 2])
R[i] = t()[0]; i += 1
l100 = [None] * 100
R[i] = t()[0]; i += 1
print("[None] * 100:", R[i - 1] - R[i - 2])
R[i] = t()[0]; i += 1
l1000 = [None] * 1000
R[i] = t()[0]; i += 1
print("[None] * 1000:", R[i - 1] - R[i - 2])
R[i] = t()[0]; i += 1
lr = list(range(10))
R[i] = t()[0]; i += 1
print("list(range(10)) (small ints are static):", R[i - 1] - R[i - 2])
grow = []
sizes = []
for _ in range(30):
    R[i] = t()[0]; i += 1
    grow.append(None)
    R[i] = t()[0]; i += 1
    sizes.append(R[i - 1] - R[i - 2])
print("append deltas 1..30 (sizes list itself grows too):", sizes)
R[i] = t()[0]; i += 1
del l1000
R[i] = t()[0]; i += 1
print("del [None] * 1000 (list object goes to the freelist):", R[i - 1] - R[i - 2])
tracemalloc.stop()
