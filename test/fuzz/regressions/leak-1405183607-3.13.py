# fuzz regression: property=leak kind=mutated seed=1405183607 version=3.13
# from: tracemalloc/reset_peak (delete-token, duplicate-token)
# problem when found:
#   71 object(s) still alive after shutdown with nothing left to free them; e.g. function (refcount 1), int (refcount 1), weakref.ReferenceType (refcount 1), int (refcount 1), weakref.ReferenceType (refcount 1), int (refcount 1), weakref.ReferenceType (refcount 1), int (refcount 1)
tmp = bytes(5000050000)
