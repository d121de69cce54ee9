# A cycle mixing objects with and without __del__, plus objects hanging off it: every __del__ runs before
# anything is cleared, then tp_clear breaks the cycle and the hangers-on die by refcount.
import gc


class Fin:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name, "sees", sorted(k for k in vars(self) if k != "name"))


class Plain:
    pass


gc.collect()
f1 = Fin("f1")
p = Plain()
f2 = Fin("f2")
f1.p = p
p.f2 = f2
f2.f1 = f1
f2.tail = Fin("tail")
f1.data = [Fin("in list")]
del f1, p, f2
print("collect ->", gc.collect())
print("again ->", gc.collect())
