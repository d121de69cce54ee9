# gc.DEBUG_SAVEALL: unreachable objects go to gc.garbage instead of being freed.
import gc


class Node:
    def __init__(self, name):
        self.name = name


gc.collect()
print("flags before:", gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print("flags:", gc.get_debug(), gc.get_debug() == gc.DEBUG_SAVEALL)
a = []
a.append(a)
del a
print("collect ->", gc.collect())
print("garbage length:", len(gc.garbage))
print("saved list refers to itself:", gc.garbage[0][0] is gc.garbage[0])
n1, n2 = Node("n1"), Node("n2")
n1.p, n2.p = n2, n1
del n1, n2
print("collect ->", gc.collect())
print("garbage types:", sorted(type(o).__name__ for o in gc.garbage))
print("node names:", sorted(o.name for o in gc.garbage if isinstance(o, Node)))
print("collect again (garbage list keeps them alive) ->", gc.collect())
print("garbage length:", len(gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print("after clearing garbage, collect ->", gc.collect())
gc.set_debug(gc.DEBUG_SAVEALL)
d = {}
d["d"] = d
d["payload"] = [1, 2]
del d
print("dict cycle with payload list ->", gc.collect(), "saved:", sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
gc.collect()
print("constants:", gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
