# zip() and enumerate() hand out the same result tuple again while nobody else holds it (zip_next,
# enum_next): the old items are released only after the new ones are fetched, and a tuple someone kept
# makes them allocate a new one (before its items are fetched).
import gc
import sys

a = [1000, 2000, 3000]
b = ["x", "y", "z"]

def ids_of(iterator):
    ids = []
    for t in iterator:
        ids.append(id(t))
        del t
    return ids


ids = [id(t) for t in zip(a, b)]
print("zip, loop variable holds it:", ids[0] == ids[1], ids[0] == ids[2])
ids = ids_of(zip(a, b))
print("zip recycled:", ids[0] == ids[1] == ids[2])
kept = [t for t in zip(a, b)]
print("zip kept:", kept, len(set(map(id, kept))))
ids = ids_of(enumerate(b))
print("enumerate recycled:", ids[0] == ids[1] == ids[2])
kept = list(enumerate(b, 5))
print("enumerate kept:", kept, len(set(map(id, kept))))

# the previous item is alive while the next one is made
class Item:
    live = 0

    def __init__(self, n):
        self.n = n
        Item.live += 1

    def __del__(self):
        Item.live -= 1
        print("  del", self.n, "live", Item.live)


def make(n):
    for i in range(n):
        print("  make", i, "live", Item.live)
        yield Item(i)


for i, item in enumerate(make(3)):
    print("got", i, item.n)
    del item
print("after enumerate, live", Item.live)
for x, y in zip(make(2), range(10)):
    del x
print("after zip, live", Item.live)

# objects made, references held
gc.disable()
it_a, it_b = iter(a), iter(b)
c0 = gc.get_count()[0]
z = zip(a, b, strict=True)
e = enumerate(a)
print("gc objects:", gc.get_count()[0] - c0)
t = next(z)
print(t, sys.getrefcount(t))
t2 = next(z)
print(t2, t is t2, sys.getrefcount(t2))
del t, t2
t3 = next(z)
print(t3, sys.getrefcount(t3))
print([type(x).__name__ for x in gc.get_referents(z)], [type(x).__name__ for x in gc.get_referents(e)])
del t3, z, e
gc.enable()

# strict and errors
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as ex:
    print("ValueError:", ex)
try:
    list(zip([1], [3, 4], [5], strict=True))
except ValueError as ex:
    print("ValueError:", ex)
try:
    zip([1], 5)
except TypeError as ex:
    print("TypeError:", ex)
try:
    enumerate([1], "x")
except TypeError as ex:
    print("TypeError:", ex)


def boom():
    yield 1
    raise KeyError("k")


try:
    for pair in zip(range(5), boom()):
        print(pair)
except KeyError as ex:
    print("KeyError:", ex)

# huge start indexes: the index object is kept and stepped up
big = 2**63 - 2
print(list(enumerate("abc", big)))
huge = 2**70
first = next(enumerate("q", huge))
print(first, first[0] is huge)
print(list(enumerate("ab", -(2**64))))
print(list(zip()), list(enumerate([])))
