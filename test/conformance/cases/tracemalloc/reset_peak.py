# get_traced_memory() peak handling with reset_peak() and clear_traces() (relations that always hold,
# plus exact values where nothing else allocates).
import gc
import tracemalloc

gc.collect()
tracemalloc.start()
big = bytes(100000)
cur, peak = tracemalloc.get_traced_memory()
print("peak >= current:", peak >= cur)
del big
cur2, peak2 = tracemalloc.get_traced_memory()
print("freeing 100000 bytes lowers current by more than 100000:", cur - cur2 >= 100000 - 1000)
print("peak did not drop:", peak2 >= peak)
tracemalloc.reset_peak()
cur3, peak3 = tracemalloc.get_traced_memory()
print("right after reset_peak, peak - current:", peak3 - cur3)
tmp = bytes(50000)
del tmp
cur4, peak4 = tracemalloc.get_traced_memory()
print("temporary 50000 bytes raised the peak by at least 50033:", peak4 - cur3 >= 50033)
print("but current did not keep them:", cur4 - cur3 < 1000)
tracemalloc.clear_traces()
cur5, peak5 = tracemalloc.get_traced_memory()
print("right after clear_traces:", cur5, peak5)
tracemalloc.stop()
tracemalloc.start()
tracemalloc.stop()
print("after stop:", tracemalloc.get_traced_memory())
