# Objects reachable from garbage but also from outside survive; garbage referencing them does not save it.
import gc
import sys


class N:
    pass


gc.collect()
survivor = N()
a = N()
b = N()
a.b, b.a = b, a
a.s = survivor
b.s = survivor
print("survivor refcount before:", sys.getrefcount(survivor))
del a, b
print("collect ->", gc.collect())
print("survivor refcount after:", sys.getrefcount(survivor))
outer = N()
inner_cycle = [outer]
inner_cycle.append(inner_cycle)
outer.cyc = inner_cycle
del inner_cycle
print("cycle reachable from a global ->", gc.collect())
del outer
print("after dropping the global ->", gc.collect())
root = []
child = [root]
root.append(child)
keep = child
del root, child
print("cycle with an external reference to one member ->", gc.collect())
del keep
print("after dropping it ->", gc.collect())
