# gc.DEBUG_SAVEALL: unreachable objects are kept in gc.garbage (in the collector's order) instead of freed;
# their __del__ still runs once, and clearing gc.garbage releases them.
import gc


class Item:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = Item("a")
b = Item("b")
a.other = b
b.other = a
lst = [a]
lst.append(lst)
del a, b, lst
print("collected ->", gc.collect())
print("garbage:", [type(o).__name__ if not isinstance(o, Item) else o.name for o in gc.garbage])
print("second collect ->", gc.collect())
print("garbage size:", len(gc.garbage))
gc.set_debug(0)
items = [o for o in gc.garbage if isinstance(o, Item)]
print("finalized:", [gc.is_finalized(o) for o in items])
del items
gc.garbage.clear()
print("after clearing garbage ->", gc.collect())
print("garbage size:", len(gc.garbage))
