# The order of weakref callbacks on cyclic garbage: per unreachable object (collector order), newest
# weakref first; a callback may itself create garbage.
import gc
import weakref

log = []


class Obj:
    pass


gc.collect()
x = Obj()
y = Obj()
x.y = y
y.x = x
refs = []
for name, target in [("x1", x), ("y1", y), ("x2", x), ("y2", y)]:
    refs.append(weakref.ref(target, lambda wr, name=name: log.append(name)))
del x, y, target
print("collect ->", gc.collect())
print(log)
print("weakrefs left:", [r() for r in refs])
