# fuzz regression: property=leak kind=mutated seed=53423748 version=3.11
# from: tracemalloc/object_traceback (truncate)
# problem when found:
#   2 object(s) still alive after shutdown with nothing left to free them; e.g. str "<heapscope stdlib>/tracemalloc" (refcount 1), str "<heapscope stdlib>/collections" (refcount 1)
import gc
import tracemalloc
def where(obj):
    tb = tracemalloc.get_object_traceback(obj)
gc.collect()
tracemalloc.start(3)
a = [None] * 5
class K:
    pass
k = K()
print("a:", where(a))
