# the first import of a pure-Python stdlib module: its GC traffic (importlib, the module's code, the modules
# it imports in turn) moves gc.get_count(), may run an automatic collection, and leaves cyclic garbage
# that the next gc.collect() finds
import gc
c0 = gc.get_count()
import collections
c = gc.get_count()
n = gc.collect()
print(c0, c, n)
