# gc.is_finalized: True once __del__ has run (PEP 442), for objects that survive their finalizer.
import gc

survivors = []


class Lazarus:
    def __del__(self):
        survivors.append(self)


class Plain:
    pass


p = Plain()
print("plain object:", gc.is_finalized(p))
x = Lazarus()
print("before finalization:", gc.is_finalized(x))
del x
x = survivors.pop()
print("after __del__ via refcount (resurrected):", gc.is_finalized(x))
y = Lazarus()
y.me = y
del y
gc.collect()
y = survivors.pop()
print("after __del__ via gc (resurrected):", gc.is_finalized(y))
print("int:", gc.is_finalized(5))
print("list:", gc.is_finalized([]))
x.copy = Lazarus()
print("new object attached to finalized one:", gc.is_finalized(x.copy))
