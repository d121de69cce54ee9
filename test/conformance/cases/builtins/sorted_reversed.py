# sorted() and reversed() on many iterables.
print(sorted([3, 1, 2]), sorted((3, 1, 2), reverse=True), sorted("banana"), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted(range(5, 0, -1)))
print(sorted(["b", "A", "c"], key=str.casefold), sorted([-3, 2, -1], key=abs), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2], [1, 5], []]))
print(sorted([1.5, -0.0, 0, 1, True]), sorted([1, 2, 3], key=lambda x: 0), sorted(x % 4 for x in range(10)))
s = [5, 2, 8]
t = sorted(s)
print(s, t, s is t)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))), list(reversed({"x": 1, "y": 2})), list(reversed({"x": 1}.values())))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r))
print("".join(reversed("stressed")), list(reversed([])), sorted([]))
for bad in (lambda: reversed({1, 2}), lambda: reversed(iter([1])), lambda: reversed(5), lambda: sorted(5), lambda: sorted([1, None])):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
