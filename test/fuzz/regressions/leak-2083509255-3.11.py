# fuzz regression: property=leak kind=mutated seed=2083509255 version=3.11
# from: tracemalloc/compare_to (delete-line)
# problem when found:
#   51 object(s) still alive after shutdown with nothing left to free them; e.g. tuple (refcount 1), dict (refcount 1), tuple (refcount 1), tuple (refcount 1), dict (refcount 1), dict (refcount 1), tuple (refcount 1), dict (refcount 1)
import tracemalloc
