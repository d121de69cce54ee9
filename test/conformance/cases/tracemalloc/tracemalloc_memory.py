# get_tracemalloc_memory(): the size of tracemalloc's own hash tables (traces, interned tracebacks, interned
# filenames): 208 bytes per empty table, 8 per bucket, 32 per entry; tables grow past half full and
# shrink below 10%; clear_traces() and stop() empty them.
import gc
import tracemalloc

m = tracemalloc.get_tracemalloc_memory
R = [0] * 10
gc.collect()
R[0] = m()
tracemalloc.start()
R[1] = m()
blocks = [bytes(40) for _ in range(50)]
R[2] = m()
more = [bytes(40), bytes(41), bytes(42)]
R[3] = m()
del blocks
R[4] = m()
tracemalloc.start(5)
R[5] = m()
tracemalloc.clear_traces()
R[6] = m()
tracemalloc.stop()
R[7] = m()
print("off:", R[0])
print("just started:", R[1])
print("50 blocks from one line:", R[2])
print("3 more blocks on another line:", R[3])
print("50 blocks freed:", R[4])
print("start(5) while tracing (no effect on the tables):", R[5])
print("after clear_traces:", R[6])
print("after stop:", R[7])
