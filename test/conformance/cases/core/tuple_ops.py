# tuples: packing, immutability, methods, comparison, hashing.
t = 1, 2, 3
single = (5,)
empty = ()
print(t, single, empty, type(single).__name__, (5), len(t), t[0], t[-1], t[1:], t[::-1])
print(t + (4,), t * 2, t.count(2), t.index(3), 2 in t, t == (1, 2, 3), t < (1, 2, 4), (1, 2) < (1, 2, 0))
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}), tuple(x * x for x in range(4)))
a, b, c = t
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, "a")) == hash((1, "a")))
print({(1, 2): "pair", (): "empty"}[(1, 2)], sorted([(2, "b"), (1, "z"), (2, "a")]))
mutable_inside = ([1], 2)
mutable_inside[0].append(3)
print(mutable_inside)
try:
    mutable_inside[0] += [4]
except TypeError as e:
    print(type(e).__name__, e)
print(mutable_inside)
for f in (lambda: t.__setitem__(0, 1), lambda: t[10], lambda: hash(([1], 2)), lambda: t.index(9), lambda: t + [4], lambda: (1,) < ("a",)):
    try:
        print(f())
    except (TypeError, IndexError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(repr((1,)), repr(((),)), str((None, "a", 1.0)), tuple.__name__, (1, 2).__len__())
