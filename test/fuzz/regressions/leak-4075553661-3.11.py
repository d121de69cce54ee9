# fuzz regression: property=leak kind=mutated seed=4075553661 version=3.11
# from: modules/import_forms (insert-token)
# problem when found:
#   2 object(s) still alive after shutdown with nothing left to free them; e.g. module (refcount 1)
try:
    from sys import no_such_name
except ImportError as e:
    import math.nothing
