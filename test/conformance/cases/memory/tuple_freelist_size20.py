# The tuple freelists: a freed 20-tuple is parked (tupledealloc takes sizes up to 20) but 3.11 / 3.12 never
# hand one out again (maybe_freelist_pop takes sizes below 20); 3.13 reuses it
import tracemalloc, gc

tracemalloc.start()
gm = tracemalloc.get_traced_memory
rows = [[1 if i == j else 0 for j in range(20)] for i in range(20)]
out = []
for k in range(3):
    t0 = gm()[0]
    cols = list(zip(*rows))
    t1 = gm()[0]
    del cols
    t2 = gm()[0]
    tt = [tuple(range(19)) for i in range(20)]
    t3 = gm()[0]
    del tt
    t4 = gm()[0]
    tt = [tuple(range(21)) for i in range(5)]
    t5 = gm()[0]
    del tt
    out.append((t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4))
print(out)
gc.collect()
c0 = gc.get_count()[0]
keep = [tuple(range(20)) for i in range(30)]
print(gc.get_count()[0] - c0)
