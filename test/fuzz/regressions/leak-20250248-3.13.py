# fuzz regression: property=leak kind=mutated seed=20250248 version=3.13
# from: gc/freeze (truncate)
# problem when found:
#   3 object(s) still alive after shutdown with nothing left to free them; e.g. list (refcount 1), list (refcount 1), list (refcount 1)
import gc
cyc = []
cyc.append(cyc)
gc.freeze()
