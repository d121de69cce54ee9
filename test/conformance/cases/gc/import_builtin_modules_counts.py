# gc.get_count() after each import of several builtin modules (some already imported by start-up, some
# not: an uncached import runs importlib's Python code and creates the module's functions and types).
import gc

gc.collect()
print(gc.get_count())
import atexit
print(gc.get_count())
import _functools
print(gc.get_count())
import itertools
print(gc.get_count())
import _collections
print(gc.get_count())
