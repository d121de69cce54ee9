# sys.getrefcount of module-level names: creation, aliasing, containers, del, reassignment.
import sys

x = []
print("x = []:", sys.getrefcount(x))
y = x
print("after y = x:", sys.getrefcount(x))
z = [x]
print("stored in a list:", sys.getrefcount(x))
t = (x, x)
print("twice in a tuple:", sys.getrefcount(x))
d = {"k": x}
print("dict value:", sys.getrefcount(x))
del y
print("after del y:", sys.getrefcount(x))
del t
print("after del tuple:", sys.getrefcount(x))
z.clear()
print("after list clear:", sys.getrefcount(x))
d["k"] = None
print("after dict value replaced:", sys.getrefcount(x))
w = x
w = object()
print("alias rebound:", sys.getrefcount(x))
print("fresh object():", sys.getrefcount(object()))
print("fresh list literal:", sys.getrefcount([1, 2]))
o = object()
print("o:", sys.getrefcount(o))
objs = [o] * 5
print("o in [o]*5:", sys.getrefcount(o))
objs.pop()
print("after pop:", sys.getrefcount(o))
objs = None
print("after list dropped:", sys.getrefcount(o))
s = {o}
print("in a set:", sys.getrefcount(o))
fs = frozenset([o])
print("in a frozenset too:", sys.getrefcount(o))
dk = {o: 1}
print("dict key:", sys.getrefcount(o))
g = globals()
print("globals()['o'] is o:", g["o"] is o, sys.getrefcount(o))
