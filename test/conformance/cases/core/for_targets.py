# for-loop targets: tuples, attributes, subscripts, and iteration over various iterables.
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
class Box:
    pass
box = Box()
for box.value in range(3):
    pass
print(box.value)
slots = [None, None]
for slots[0] in "xyz":
    pass
print(slots)
d = {}
for d["k"] in (1, 2):
    pass
print(d)
for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v)
for ch in "héllo":
    print(ch, end="|")
print()
for b_ in b"AB":
    print(b_, end=" ")
print()
for n in range(10, 0, -3):
    print(n, end=" ")
print()
for x, y, z in zip("abc", range(3), [True, False, None]):
    print(x, y, z)
for first, *rest in [(1, 2, 3), (4,)]:
    print(first, rest)
for _ in range(2):
    print("underscore loop")
it = iter(range(6))
for v in it:
    print("pair", v, next(it))
matrix = [[1, 2], [3, 4]]
for row in matrix:
    for j in range(len(row)):
        row[j] *= 10
print(matrix)
for key in {"one": 1, "two": 2}:
    print(key)
for item in (x * x for x in range(3)):
    print("gen", item)
try:
    for q in 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
