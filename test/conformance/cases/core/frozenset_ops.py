# frozenset: immutability, hashing, mixing with set.
f = frozenset([3, 1, 2, 3])
g = frozenset(range(2, 6))
print(f, g, len(f), f | g, f & g, f - g, f ^ g, type(f | {9}).__name__, type({9} | f).__name__)
print(f == {1, 2, 3}, {1, 2, 3} == f, hash(f) == hash(frozenset({1, 2, 3})), frozenset() == set(), f.issubset(range(5)))
d = {f: "numbers", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()], {frozenset({1}), frozenset({1})}, f.union([10]), f.copy() is f)
print(frozenset("abab") == frozenset("ba"), sorted(frozenset({5, -2, 9})), repr(frozenset()), set(f))
for op in (lambda: f.add(4), lambda: f.remove(1), lambda: hash({1, 2}), lambda: {{1}}):
    try:
        op()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
