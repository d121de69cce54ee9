# sys.getrefcount while iterating: iterators hold their container, loop variables, generators.
import sys

lst = [object(), object(), object()]
print("list:", sys.getrefcount(lst))
it = iter(lst)
print("iter(lst) holds the list:", sys.getrefcount(lst))
first = next(it)
print("element taken by next:", sys.getrefcount(first))
for _ in it:
    pass
print("exhausted list iterator releases the list:", sys.getrefcount(lst))
del it
print("after del iterator:", sys.getrefcount(lst))

del first
for e in lst:
    print("for-loop element:", sys.getrefcount(e))
print("loop variable after loop:", sys.getrefcount(e))
del e
print("list during for loop:", [sys.getrefcount(lst) for _ in range(1)][0])
for _ in lst:
    print("list while a for loop runs over it:", sys.getrefcount(lst))
    break

tup = tuple(lst)
for e in tup:
    print("tuple element in loop:", sys.getrefcount(e))
    break
del e

d = {"a": object(), "b": object()}
for k, v in d.items():
    print("dict value in items() loop", k, sys.getrefcount(v))
del v
dict_it = iter(d)
print("iter(dict) holds the dict:", sys.getrefcount(d))
del dict_it


def gen(x):
    y = x
    yield 1
    yield 2


payload = []
print("payload:", sys.getrefcount(payload))
g = gen(payload)
print("unstarted generator holds argument:", sys.getrefcount(payload))
next(g)
print("suspended generator holds param and local:", sys.getrefcount(payload))
next(g)
for _ in g:
    pass
print("finished generator released its frame:", sys.getrefcount(payload))
g2 = gen(payload)
next(g2)
g2.close()
print("closed generator released its frame:", sys.getrefcount(payload))
g3 = gen(payload)
next(g3)
del g3
print("deleted suspended generator:", sys.getrefcount(payload))

r = range(10)
ri = iter(r)
print("range iterator does not hold the range:", sys.getrefcount(r))
m = map(str, lst)
print("map holds its iterable:", sys.getrefcount(lst))
z = zip(lst, lst)
print("zip holds it twice:", sys.getrefcount(lst))
rv = reversed(lst)
print("reversed holds it:", sys.getrefcount(lst))
del m, z, rv
print("after del:", sys.getrefcount(lst))
