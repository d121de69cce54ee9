# PEP 442: objects with __del__ in cycles are collected; __del__ runs once per object, before tp_clear.
import gc

log = []


class F:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)
        print("  __del__", self.name, "partner still set:", hasattr(self, "partner") and self.partner is not None)


gc.collect()
a = F("a")
b = F("b")
a.partner = b
b.partner = a
del a, b
print("before collect:", log)
print("collect ->", gc.collect())
print("finalized:", sorted(log))
print("gc.garbage:", gc.garbage)
log.clear()
print("self cycle with finalizer:")
s = F("self")
s.partner = s
del s
print("collect ->", gc.collect())
print("ring of 4 finalizers:")
ring = [F("r%d" % i) for i in range(4)]
for i in range(4):
    ring[i].partner = ring[(i + 1) % 4]
del ring
print("collect ->", gc.collect())
print("finalizer + plain objects in one cycle:")
f = F("mixed")
f.partner = [f, {"k": [f]}]
del f
print("collect ->", gc.collect())
print("second collect ->", gc.collect())
