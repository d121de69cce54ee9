# itertools: accumulate (func, initial), chain/from_iterable laziness, compress/dropwhile/takewhile/
# filterfalse/starmap edge cases, cycle replay, pairwise, subclassing an itertools type.
import itertools as it
import operator
print(list(it.accumulate([1, 2, 3], initial=None)), list(it.accumulate([], initial=5)), list(it.accumulate([2, 3], operator.pow)))
print(list(it.accumulate('abc', lambda a, b: b + a)), list(it.accumulate([1, 2], func=None, initial=0)))
def gen(tag, n):
    print('start', tag)
    yield from range(n)
ch = it.chain(gen('a', 2), gen('b', 1))
print('made')
print(list(ch))
print(list(it.chain.from_iterable([[1], (), 'xy'])), list(it.chain([1], [2], [3])))
c = it.chain([1], 5)
print(next(c))
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
print(list(c))
print(list(it.compress(range(10), it.cycle([1, 0, 0]))), list(it.compress('ab', [])))
print(list(it.dropwhile(str.isdigit, '12ab3')), list(it.takewhile(str.isdigit, '12ab3')))
tw = it.takewhile(lambda x: x < 3, iter([1, 2, 3, 4]))
print(list(tw), list(tw))
print(list(it.filterfalse(None, [0, 1, [], [0], '', 'a'])), list(it.filterfalse(lambda x: x % 3, range(10))))
print(list(it.starmap(divmod, [(7, 2), [9, 4]])), list(it.starmap(lambda *a: a, ['ab', ()])))
cy = it.cycle(iter([1, 2, 3]))
print([next(cy) for _ in range(8)], list(it.islice(it.cycle(''), 3)))
print(list(it.pairwise('abcde')), list(it.pairwise('a')), list(it.pairwise([])))
class Evens(it.count):
    def __next__(self):
        v = super().__next__()
        return v * 2
e = Evens(3)
print(type(e).__name__, next(e), next(e), repr(e), isinstance(e, it.count))
class C(it.chain):
    pass
print(list(C('ab', 'c')), type(C.from_iterable(['x'])).__name__)
print(list(it.zip_longest()), list(it.zip_longest('ab')), list(it.zip_longest('a', 'bc', 'def')))
if hasattr(it, 'batched'):
    print(list(it.batched(range(7), 3)), list(it.batched('', 2)), list(it.batched('ab', 5)))
else:
    print('no batched')
