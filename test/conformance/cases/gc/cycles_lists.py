# gc.collect() return values for cyclic garbage made of lists.
import gc

gc.collect()
for n in [1, 2, 10, 100]:
    for _ in range(n):
        a = []
        a.append(a)
    del a
    print(n, "self-referencing lists ->", gc.collect())
a = []
b = [a]
a.append(b)
del a, b
print("two-list cycle ->", gc.collect())
ring = [[] for _ in range(50)]
for i in range(50):
    ring[i].append(ring[(i + 1) % 50])
del ring
print("ring of 50 lists (outer list freed by refcount) ->", gc.collect())
a = []
a.append(a)
a.append([1, 2, 3])
a.append([[4], [5]])
del a
print("cycle holding 3 acyclic lists ->", gc.collect())
keep = []
a = [keep]
a.append(a)
del a
print("cycle referencing a reachable list ->", gc.collect(), len(keep))
print("nothing left ->", gc.collect())
x = []
x.append(x)
print("reachable cycle is not collected ->", gc.collect())
del x
print("after del ->", gc.collect())
