# an import while tracemalloc traces: the GC sees the same import traffic
import tracemalloc

tracemalloc.start()
import gc

c0 = gc.get_count()
import copy
c1 = gc.get_count()
print(c0, c1, gc.collect())
tracemalloc.stop()
