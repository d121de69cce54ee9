# fuzz regression: property=leak kind=mutated seed=3080203119 version=3.11
# from: builtins/slice_hash (swap-lines)
# problem when found:
#   found by the fixed-seed batch (npm test): 1 object(s) still alive after shutdown with nothing left to free them; e.g. dict (refcount 1)
# hash(slice): xxHash lanes over (start, stop, step) on 3.12+, unhashable on 3.11.
for s in (slice(1, 2, 3), slice(None, 5), slice("a", None, 2), slice(-1, -1, -1)):
    try:
        print(hash(s))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print({slice(1, 2): "x"}[slice(1, 2)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(slice([], 1))
except TypeError as e:

    print(type(e).__name__, e)