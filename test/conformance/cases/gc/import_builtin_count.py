# gc.get_count() around an uncached import of a builtin module: importlib's own Python code (module locks,
# bound methods, the spec) allocates and frees GC objects besides the module and its functions.
import gc

gc.collect()
before = gc.get_count()
import _tracemalloc
after = gc.get_count()
print(before, after)
print(_tracemalloc.__spec__.origin, _tracemalloc.is_tracing())
