# gc.is_tracked for dicts: untracked while every key and value is atomic, tracked as soon as a value may
# be tracked; full collections untrack dicts that no longer hold containers.
import gc

gc.collect()
d = {}
print("empty:", gc.is_tracked(d))
d["a"] = 1
d["b"] = "two"
print("atomic values:", gc.is_tracked(d))
d["c"] = (1, 2)
print("with a tuple value:", gc.is_tracked(d))
d["l"] = []
print("with a list value:", gc.is_tracked(d))
del d["l"]
print("list value removed:", gc.is_tracked(d))
gc.collect(0)
print("after collect(0):", gc.is_tracked(d))
gc.collect()
print("after full collect:", gc.is_tracked(d))
e = {"x": [1]}
e2 = dict(e)
print("copy of a tracked dict:", gc.is_tracked(e2))
f = {1: 2}
f.update({3: 4})
print("update with atoms:", gc.is_tracked(f))
g = dict.fromkeys(range(3))
print("fromkeys:", gc.is_tracked(g))
h = {i: [i] for i in range(2)}
print("comprehension with lists:", gc.is_tracked(h))
