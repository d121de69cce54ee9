# itertools: groupby, accumulate, pairwise, batched (3.12+).
import itertools as it
import operator
data = "aaabbcaad"
print([(k, len(list(g))) for k, g in it.groupby(data)], [k for k, _ in it.groupby(sorted(data))])
people = [("ann", 30), ("bob", 25), ("cy", 30), ("di", 25)]
for age, grp in it.groupby(sorted(people, key=lambda p: p[1]), key=lambda p: p[1]):
    print(age, [name for name, _ in grp])
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 5, 2], max)), list(it.accumulate([1, 2], initial=100)), list(it.accumulate("abc")))
print(list(it.pairwise("abcd")), list(it.pairwise([1])), [b - a for a, b in it.pairwise([1, 4, 9, 16])])
if hasattr(it, "batched"):
    print(list(it.batched("abcdefg", 3)), list(it.batched(range(4), 2)))
else:
    print("no itertools.batched before 3.12")
try:
    it.batched("abc", 2)
except AttributeError as e:
    print(type(e).__name__, e)
g = it.groupby([1, 1, 2])
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
