# gc.collect() return values for cycles through dicts, tuples, sets and mixtures.
import gc

gc.collect()
d = {}
d["self"] = d
del d
print("self-referencing dict ->", gc.collect())
d1 = {}
d2 = {"other": d1}
d1["other"] = d2
del d1, d2
print("two dicts ->", gc.collect())
lst = []
t = (lst, 1, "x")
lst.append(t)
del lst, t
print("list <-> tuple ->", gc.collect())
lst = []
d = {"k": lst, "n": 1}
lst.append(d)
del lst, d
print("list <-> dict ->", gc.collect())
lst = []
d = {"k": (lst, [0])}
lst.append(d)
del lst, d
print("list -> dict -> tuple -> list, plus a list ->", gc.collect())


class Box:
    pass


b = Box()
s = {b}
b.s = s
del b, s
print("set <-> instance ->", gc.collect())
holder = Box()
fs = frozenset([(1, holder)])
holder.fs = fs
del fs, holder
print("frozenset -> tuple -> instance -> frozenset ->", gc.collect())
d = {}
d[1] = [d, {"deep": [d]}]
del d
print("dict with nested back references ->", gc.collect())
