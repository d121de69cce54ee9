# itertools: type names, reprs (count, repeat), __length_hint__ and sys.getsizeof of every iterator type.
import itertools as it
import sys
objs = [it.count(), it.cycle([]), it.repeat(1), it.accumulate([]), it.chain(), it.compress([], []),
        it.dropwhile(None, []), it.filterfalse(None, []), it.groupby([]), it.islice([], 1), it.pairwise([]),
        it.starmap(None, []), it.takewhile(None, []), it.tee([])[0], it.zip_longest(), it.product(),
        it.permutations([]), it.combinations([], 1), it.combinations_with_replacement([], 1)]
for o in objs:
    print(type(o), type(o).__module__, type(o).__qualname__, sys.getsizeof(o))
print(sys.getsizeof(it.product('ab', 'cd')), sys.getsizeof(it.product('ab', repeat=3)))
print(sys.getsizeof(it.permutations('abc')), sys.getsizeof(it.permutations('abcd', 2)))
print(sys.getsizeof(it.combinations('abcd', 2)), sys.getsizeof(it.combinations_with_replacement('ab', 3)))
g = it.groupby([1, 1, 2])
k, grouper = next(g)
print(type(grouper), sys.getsizeof(grouper))
if hasattr(it, 'batched'):
    print(type(it.batched('ab', 1)), sys.getsizeof(it.batched('ab', 1)))
for c in (it.count(), it.count(5), it.count(-2, 1), it.count(1, 2), it.count(1.5), it.count(0, 1.0),
          it.count(2**70), it.count(True), it.count(5, True), it.count(start=3, step=-1)):
    print(repr(c))
c = it.count(10, -3)
print(next(c), next(c), c)
c = it.count(2**63 - 2)
print(next(c), next(c), c, next(c), c)
for r in (it.repeat('a'), it.repeat('a', 0), it.repeat([1], 3), it.repeat(None, -4), it.repeat(object=1, times=2)):
    print(repr(r))
r = it.repeat('x', 3)
print(r.__length_hint__(), next(r), r.__length_hint__(), r, list(r), r.__length_hint__())
try:
    it.repeat(1).__length_hint__()
except TypeError as e:
    print(type(e).__name__, e)
print(it.chain.from_iterable.__name__, type(it.chain.from_iterable).__name__, it.tee.__name__, type(it.tee).__name__)
print(sorted(n for n in dir(it) if not n.startswith('__')))
