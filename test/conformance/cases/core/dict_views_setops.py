# dict views: repr, len, membership, reversed, comparisons, set operations (CPython's result order), mapping
import sys
d = {5: 50, 13: 130, 21: 210, 2: 20, 8: 80}
e = {21: 210, 8: 81, 34: 340, 55: 550}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(13 in k, 14 in k, (13, 130) in it, (13, 131) in it, [1] in it, 210 in v)
print(k & e.keys(), k | e.keys(), k - e.keys(), k ^ e.keys())
print(it & e.items(), it - e.items(), it ^ e.items())
print(k & [21, 99, 5], [99, 21, 5] & k, k | [100, 5], [100, 5] | k, [100, 5, 8] - k, k ^ (1, 2, 5))
print(k & {8, 5, 1000}, {8, 5, 1000} & k, k - {5}, k == {5, 13, 21, 2, 8}, k == {5}, k <= {5, 13, 21, 2, 8, 9}, k > {5, 13})
print(k.isdisjoint([1, 2]), k.isdisjoint({100}), it.isdisjoint(e.items()), k.isdisjoint(k))
print(k.mapping, type(k.mapping).__name__, v.mapping[5], v == v, v == d.values())
print(type(iter(k)).__name__, type(iter(it)).__name__, type(reversed(v)).__name__, type(reversed(it)).__name__)
ids = set()
for pair in d.items():
    ids.add(id(pair))
print("recycled item tuple:", len(ids))
keep = [pair for pair in d.items()]
print("kept item tuples:", len(set(map(id, keep))))
ri = reversed(d)
print(next(ri), ri.__length_hint__(), list(ri), ri.__length_hint__())
i2 = iter(d.values())
next(i2)
print(i2.__length_hint__())
try:
    for key in d:
        d[key * 100] = 0
except RuntimeError as ex:
    print(type(ex).__name__, ex)
try:
    hash(k)
except TypeError as ex:
    print(ex)
print(sys.getsizeof(k) > 0, type(k).__name__)
