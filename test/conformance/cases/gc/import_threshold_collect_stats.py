# gc.get_stats() after an import run with a small threshold: every collection importlib's allocations make
# due is a real generation-0 (or older) collection that updates the statistics.
import gc

base = [s["collections"] for s in gc.get_stats()]
gc.set_threshold(10, 2, 2)
import _tracemalloc
gc.set_threshold(700, 10, 10)
print([s["collections"] - b for s, b in zip(gc.get_stats(), base)])
print(gc.get_count())
