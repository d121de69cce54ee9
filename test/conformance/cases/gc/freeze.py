# gc.freeze / unfreeze / get_freeze_count: frozen objects move to the permanent generation.
# Absolute counts depend on interpreter start-up, so only deltas and relations are printed.
import gc

gc.collect()
n0 = gc.get_freeze_count()
keep = [[] for _ in range(10)]
before = len(gc.get_objects())
gc.freeze()
n1 = gc.get_freeze_count()
print("freeze moved every tracked object:", n1 - n0 == before)
print("get_objects() after freeze:", len(gc.get_objects()))
print("count after freeze:", gc.get_count())
cyc = []
cyc.append(cyc)
gc.collect()
print("new object is in gen 2 after collect:", any(o is cyc for o in gc.get_objects(2)))
print("frozen list not in any generation:", any(o is keep[0] for o in gc.get_objects()))
del keep
print("freeing 11 frozen lists by refcount, freeze count delta:", gc.get_freeze_count() - n1)
a, b = [], []
a.append(b)
b.append(a)
c = [a]
gc.freeze()
n2 = gc.get_freeze_count()
print("objects moved by the second freeze (cyc, a, b, c and others tracked since):", n2 - (n1 - 11))
del a, b, c
print("frozen cycle is not collected ->", gc.collect())
x = []
x.append(x)
del x
print("young garbage still collected ->", gc.collect())
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count())
print("unfrozen cycle now collected ->", gc.collect())
