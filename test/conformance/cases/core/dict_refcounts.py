# reference counts of keys and values through the dict methods (the dict keeps its stored key)
import sys
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return hash(self.n)
    def __eq__(self, o): return isinstance(o, K) and o.n == self.n
    def __repr__(self): return f"K({self.n})"
rc = sys.getrefcount
k1, k1b, v1, v2 = K(1), K(1), object(), object()
d = {}
d[k1] = v1
print("stored:", rc(k1), rc(k1b), rc(v1))
d[k1b] = v2
print("replaced:", rc(k1), rc(k1b), rc(v1), rc(v2))
x = d.pop(k1b)
print("popped:", rc(k1), rc(k1b), rc(v2), x is v2)
del x
d.setdefault(k1b, v1)
print("setdefault new:", rc(k1b), rc(v1))
d.setdefault(k1, v2)
print("setdefault existing:", rc(k1), rc(k1b), rc(v1), rc(v2))
item = d.popitem()
print("popitem:", item[0], item[1] is v1, rc(k1b), rc(v1))
del item
e = {k1: v1, k1b: v2}
print("display:", rc(k1), rc(k1b), rc(v1), rc(v2), len(e))
f = e.copy()
print("copy:", rc(k1), rc(v1))
g = dict(e)
g.update(e)
g.update([(k1, v2)])
print("update:", rc(k1), rc(v1), rc(v2))
h = dict.fromkeys([k1, K(2), K(3)], v2)
print("fromkeys:", rc(k1), rc(v2))
h2 = dict.fromkeys(h, v1)
print("fromkeys(dict):", rc(k1), rc(v1))
h3 = dict.fromkeys({k1, K(5)}, v1)
print("fromkeys(set):", rc(k1), rc(v1))
for dd in (e, f, g, h, h2, h3):
    dd.clear()
print("cleared:", rc(k1), rc(k1b), rc(v1), rc(v2))
ks = {k1: v1}.keys()
print("view:", rc(k1), len(ks), k1 in ks, (k1, v1) in {k1: v1}.items())
