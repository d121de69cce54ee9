# gc.get_count() around uncached imports of builtin modules, each right after a full collection (which empties
# the tuple, list and dict freelists, so importlib's argument tuples and dicts become new GC objects), and the
# spec importlib leaves on each module.
import gc

for name in ['itertools', '_functools', 'atexit', '_collections', '_tracemalloc']:
    gc.collect()
    before = gc.get_count()
    m = __import__(name)
    after = gc.get_count()
    print(name, before, after, m.__spec__.origin, m.__spec__._uninitialized_submodules)
