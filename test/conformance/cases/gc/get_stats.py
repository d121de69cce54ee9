# gc.get_stats() deltas: collections, collected and uncollectable per generation.
import gc


def snap():
    return [(s["collections"], s["collected"], s["uncollectable"]) for s in gc.get_stats()]


def delta(before, after):
    return [tuple(a - b for a, b in zip(x, y)) for x, y in zip(after, before)]


gc.disable()
gc.collect()
s0 = snap()
for _ in range(7):
    a = []
    a.append(a)
del a
gc.collect(0)
s1 = snap()
print("collect(0) with 7 cycles:", delta(s0, s1))
gc.collect(1)
s2 = snap()
print("collect(1) with nothing:", delta(s1, s2))
x, y = [], []
x.append(y)
y.append(x)
del x, y
gc.collect()
s3 = snap()
print("collect() with a 2-cycle:", delta(s2, s3))


class F:
    def __del__(self):
        pass


f = F()
f.me = f
del f
gc.collect()
s4 = snap()
print("collect() with a finalizer cycle:", delta(s3, s4))
gc.set_debug(gc.DEBUG_SAVEALL)
z = []
z.append(z)
del z
gc.collect()
s5 = snap()
print("collect() with DEBUG_SAVEALL:", delta(s4, s5))
gc.set_debug(0)
gc.garbage.clear()
gc.collect()
gc.enable()
print("keys:", sorted(gc.get_stats()[2]))
