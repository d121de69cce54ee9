# WeakValueDictionary: entries disappear when their values die (refcount or gc).
import gc
import weakref


class V:
    def __init__(self, n):
        self.n = n


d = weakref.WeakValueDictionary()
a, b, c = V(1), V(2), V(3)
d["a"], d["b"], d["c"] = a, b, c
print("len:", len(d), sorted(d))
del b
print("after del b:", len(d), sorted(d))
print("get missing:", d.get("b"))
print("value identity:", d["a"] is a)
c.me = c
del c
print("cyclic value still listed before collect:", sorted(d))
gc.collect()
print("after collect:", sorted(d))
d["tmp"] = V(9)
print("temporary value vanishes at once:", sorted(d))
vals = [V(i) for i in range(5)]
for i, v in enumerate(vals):
    d[i] = v
del v
print("5 more:", len(d))
vals.pop()
vals.pop(0)
print("after popping 2 strong refs:", sorted(k for k in d if isinstance(k, int)))
refs = d.valuerefs()
print("valuerefs count:", len(refs))
del vals
print("after dropping the list:", sorted(d, key=str))
print("setdefault:", d.setdefault("a", None) is a)
x = V(10)
print("pop:", d.pop("a").n, sorted(d, key=str))
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
