# sys.getsizeof of tuples, sets/frozensets (growth), bytearrays (growth), ranges, slices.
import sys

print("tuples 0..10:", [sys.getsizeof(tuple(range(n))) for n in range(11)])
print("tuple literal (1, 2, 3):", sys.getsizeof((1, 2, 3)))
print("tuple of 100:", sys.getsizeof(tuple(range(100))))
s = set()
sizes = []
for i in range(101):
    sizes.append(sys.getsizeof(s))
    s.add(i)
print("set add growth changes:", [(i, sizes[i]) for i in range(1, len(sizes)) if sizes[i] != sizes[i - 1]], "start", sizes[0])
print("set(range(n)):", [sys.getsizeof(set(range(n))) for n in range(0, 20)])
print("frozenset(range(n)):", [sys.getsizeof(frozenset(range(n))) for n in range(0, 20)])
print("frozenset():", sys.getsizeof(frozenset()))
print("set literal 3:", sys.getsizeof({1, 2, 3}))
print("set literal 5:", sys.getsizeof({1, 2, 3, 4, 5}))
for i in range(95):
    s.discard(i)
print("set after removing 95 of 101:", sys.getsizeof(s))
s.clear()
print("set after clear:", sys.getsizeof(s))
ba = bytearray()
sizes = []
for i in range(101):
    sizes.append(sys.getsizeof(ba))
    ba.append(i)
print("bytearray append changes:", [(i, sizes[i]) for i in range(1, len(sizes)) if sizes[i] != sizes[i - 1]], "start", sizes[0])
print("bytearray(n):", [sys.getsizeof(bytearray(n)) for n in [0, 1, 2, 10, 100]])
print("bytearray(b'abc'):", sys.getsizeof(bytearray(b"abc")))
ba = bytearray(b"x" * 50)
ba.extend(b"y" * 10)
print("bytearray 50 extended by 10:", sys.getsizeof(ba))
del ba[5:]
print("bytearray truncated to 5:", sys.getsizeof(ba))
print("range:", sys.getsizeof(range(10)), sys.getsizeof(range(10**20)))
print("slice:", sys.getsizeof(slice(1, 2, 3)))
print("memoryview:", sys.getsizeof(memoryview(b"abc")))
