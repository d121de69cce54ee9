# min() / max() error paths: one iterable argument is consumed lazily (an item that fails to compare
# leaves the rest in the iterator), and the failing item, its key and the best so far are all released.
import sys

it = iter([1, "a", 3, 4])
try:
    max(it)
except TypeError as e:
    print(e)
print(list(it))

t = (2, 3)
before = sys.getrefcount(t)
for call in (lambda: max(1, t), lambda: min([t, 1]), lambda: max(t, 1, key=lambda v: v)):
    try:
        call()
    except TypeError as e:
        print(e)
print(sys.getrefcount(t) - before)


def bad_key(v):
    if v == 3:
        raise ValueError("bad key")
    return v


keys = iter([5, 3, 9])
try:
    min(keys, key=bad_key)
except ValueError as e:
    print(e)
print(list(keys))
print(max([], default=t) is t, min(iter(()), default=None))
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)
try:
    min(())
except ValueError as e:
    print(e)
print(max("abc", key=ord), min(3, 1, 2), max(x * x for x in range(-5, 3)))
