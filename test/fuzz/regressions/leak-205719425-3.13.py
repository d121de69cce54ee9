# fuzz regression: property=leak kind=mutated seed=205719425 version=3.13
# from: core/set_ops (duplicate-line)
# problem when found:
#   1 object(s) still alive after shutdown with nothing left to free them; e.g. set (refcount 1)
# set operations on ints (hash order of small ints is deterministic).
a = {1, 2, 3, 4}
for f in (lambda: set().pop(), lambda: {1}.remove(2), lambda: {[1]}, lambda: {1} + {2}, lambda: set([1])[0], lambda: {1} < [1]):
    try:
        print(f())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
