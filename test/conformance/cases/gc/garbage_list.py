# gc.garbage stays empty for cycles with __del__ (PEP 442); it is a normal list the program can fill,
# and DEBUG_SAVEALL adds the unreachable objects to it.
import gc


class WithDel:
    def __del__(self):
        print("  __del__")


gc.collect()
print("initial garbage:", gc.garbage)
a = WithDel()
a.me = a
del a
print("collect ->", gc.collect(), "garbage:", gc.garbage)
gc.garbage.append("user item")
print("user item stays:", gc.garbage)
gc.set_debug(gc.DEBUG_SAVEALL)
x = [1]
x.append(x)
del x
print("saveall collect ->", gc.collect())
print("garbage now:", len(gc.garbage), [type(o).__name__ for o in gc.garbage])
gc.set_debug(0)
del gc.garbage[:]
print("cleared:", gc.garbage)
