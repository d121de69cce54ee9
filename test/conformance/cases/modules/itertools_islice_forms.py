# itertools.islice: every argument form, None handling, consumption of the source, and the errors.
import itertools as it
src = range(20)
print(list(it.islice(src, 5)), list(it.islice(src, None)), list(it.islice(src, 3, 8)), list(it.islice(src, 3, None)))
print(list(it.islice(src, 2, 15, 4)), list(it.islice(src, None, 6, 2)), list(it.islice(src, 5, 3)), list(it.islice(src, 0)))
print(list(it.islice(src, 18, 100)), list(it.islice(src, 100, None)), list(it.islice(src, None, None, None)))
i = iter(range(10))
print(list(it.islice(i, 2, 4)), next(i), list(it.islice(i, 1)), list(i))
s = it.islice(it.count(), 1, 10, 3)
print(next(s), next(s), next(s), list(s), list(s))
class Idx:
    def __index__(self):
        return 3
print(list(it.islice('abcdef', Idx())), list(it.islice('abcdef', Idx(), None, Idx())))
for args in [(-1,), (1, -1), (-2, 5), (1, 2, 0), (1, 2, -1), ('a',), (1, 'b'), ('c', 2), (1, 2, 'd'),
             (2**64,), (0, 2**64), (1, -5)]:
    try:
        print(list(it.islice(src, *args)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
