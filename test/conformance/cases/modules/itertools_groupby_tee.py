# itertools: groupby's shared _grouper (advancing the groupby invalidates the previous group), key
# functions, and tee's shared buffer (links of 57 items), copies and n.
import itertools as it
g = it.groupby('aaabbbcca')
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2))
k3, g3 = next(g)
print(k3, list(g3), list(g3))
print([(k, ''.join(v)) for k, v in it.groupby('AaBbbC', key=str.lower)])
print([k for k, _ in it.groupby([])], [(k, list(v)) for k, v in it.groupby([None, None, 0])])
groups = list(it.groupby('xxy'))
print([(k, list(v)) for k, v in groups])
gb = it.groupby([1, 2])
print(next(gb)[0], next(gb)[0])
try:
    next(gb)
except StopIteration:
    print('StopIteration')
a, b, c = it.tee(range(200), 3)
print(next(a), list(it.islice(b, 120))[-1], sum(c), list(it.islice(a, 3)), next(b))
x, y = it.tee(iter('ab'))
z = x.__copy__()
print(type(x).__name__, list(x), list(z), list(y))
u, v = it.tee(x)
print(u is x, type(u) is type(x), list(u), list(v))
print(it.tee('abc', 0), len(it.tee('abc', 4)), [list(t) for t in it.tee('ab', 3)])
try:
    it.tee('a', -1)
except ValueError as e:
    print(type(e).__name__, e)
