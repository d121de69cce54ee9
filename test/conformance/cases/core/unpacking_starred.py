# Iterable unpacking, starred assignment, nested targets, swaps.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
head, *rest = [1]
print(head, rest)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, (q, *r)], s = [0, (1, 2, 3)], 4
print(p, q, r, s)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
m, n = "xy"
print(m, n)
d1, d2 = {"k1": 1, "k2": 2}
print(d1, d2)
merged = [*range(3), *"ab", *(9,)]
print(merged, (*merged[:2], "t"), {*"aab"} == {"a", "b"}, {**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2, 3], sep="-")
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)
obj = type("O", (), {})()
obj.a, obj.b = "A", "B"
print(obj.a, obj.b)
a = b = c = []
a.append(1)
print(b, c, a is c)
for bad in ("ab", [1, 2, 3], [], 5):
    try:
        u, w = bad
        print(u, w)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    aa, bb, *cc, dd = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    (h1, h2), h3 = [1, 2], [3]
    print(h1, h2, h3)
    (h1, h2), h3 = [1], [3]
except ValueError as e:
    print(type(e).__name__, e)
