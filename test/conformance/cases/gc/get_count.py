# gc.get_count() deltas: +1 per GC-tracked object allocated from pymalloc (not from a freelist),
# -1 per GC object given back to pymalloc (not to a freelist), zeroed by a collection.
import gc


def count0():
    return gc.get_count()[0]


gc.disable()
gc.collect()  # also empties the freelists
print("right after collect():", gc.get_count())
b = count0()
one = []
print("one new list:", count0() - b)
b = count0()
two = [[], []]
print("list of two new lists:", count0() - b)
b = count0()
inst = object()
print("object() is not tracked:", count0() - b)
b = count0()
big = 10**30
s = "x" * 50
f = 1.5 * big
print("int, str, float are not tracked:", count0() - b)
b = count0()
d = {}
print("empty dict:", count0() - b)
b = count0()
t = tuple([1, 2, 3])
print("tuple:", count0() - b)
b = count0()
del one
print("del a list (goes to the list freelist):", count0() - b)
b = count0()
again = []
print("new list from the freelist:", count0() - b)
b = count0()
keep = [None] * 100
i = 0
while i < 100:
    keep[i] = {}
    i += 1
print("100 dicts + the holder list:", count0() - b)
b = count0()
del keep
print("free 100 dicts (80 fit on the dict freelist) + holder:", count0() - b)
gc.collect()
print("after collect():", gc.get_count())
gc.collect(0)
print("after collect(0):", gc.get_count())
gc.collect(0)
print("after another collect(0):", gc.get_count())
gc.collect(1)
print("after collect(1):", gc.get_count())
gc.collect(2)
print("after collect(2):", gc.get_count())
gc.enable()
