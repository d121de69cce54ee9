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
