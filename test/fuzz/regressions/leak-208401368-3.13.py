# fuzz regression: property=leak kind=mutated seed=208401368 version=3.13
# from: builtins/map_filter (insert-token)
# problem when found:
#   5 object(s) still alive after shutdown with nothing left to free them; e.g. tuple (refcount 1)
# (minimised by hand: max() kept the reference to the item that failed to compare)
try:
    max(1, (2, 3))
except TypeError as e:
    print(e)
print(max(map,(len, "one three fifteen".split())))
