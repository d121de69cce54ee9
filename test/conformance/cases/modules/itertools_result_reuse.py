# itertools: product/combinations/permutations/zip_longest (and pairwise on 3.13) recycle their result
# tuple when the caller dropped it, and copy it when someone still holds it; refcounts of the items.
import itertools as it
import sys


def distinct_ids(iterable):
    ids = {}
    n = 0
    for x in iterable:
        ids[id(x)] = 1
        n += 1
    return n, len(ids)


print(distinct_ids(it.combinations(range(6), 3)))
print(distinct_ids(it.combinations_with_replacement('abc', 2)))
print(distinct_ids(it.permutations('abcd', 2)))
print(distinct_ids(it.product('ab', range(3), repeat=2)))
print(distinct_ids(it.zip_longest('abcd', 'xy', fillvalue='-')))
print(distinct_ids(it.pairwise(range(8))))
kept = list(it.combinations('abcd', 2))
print(len(kept), len({id(t) for t in kept}), kept[:3])
p = it.product([10, 20], ['a'])
first = next(p)
second = next(p)
print(first, second, first is second)
marker = object()
print(sys.getrefcount(marker))
pr = it.product([marker], [marker, marker])
print(sys.getrefcount(marker))
t = next(pr)
print(sys.getrefcount(marker))
del t
print(sys.getrefcount(marker))
del pr
print(sys.getrefcount(marker))
z = it.zip_longest([marker], [], fillvalue=marker)
print(sys.getrefcount(marker), next(z) == (marker, marker), sys.getrefcount(marker))
del z
print(sys.getrefcount(marker))
