# fuzz regression: property=leak kind=mutated seed=3717697414 version=3.12
# from: errors/uncaught_unbound_local (reindent-line)
# problem when found:
#   1 object(s) still alive after shutdown with nothing left to free them; e.g. str "total" (refcount 1)
def add(n):
    total += n
add(5)
