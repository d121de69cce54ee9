# Order in which __del__ runs for the members of collected cycles.
import gc


class F:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


gc.collect()
print("chain of 5 in a ring, created in order:")
objs = [F("n%d" % i) for i in range(5)]
for i in range(5):
    objs[i].next = objs[(i + 1) % 5]
del objs
gc.collect()
print("two independent cycles:")
x1, x2 = F("x1"), F("x2")
x1.p, x2.p = x2, x1
y1, y2 = F("y1"), F("y2")
y1.p, y2.p = y2, y1
del x1, x2, y1, y2
gc.collect()
print("cycle created in reverse order:")
objs = [F("m%d" % i) for i in range(4)][::-1]
for i in range(4):
    objs[i].next = objs[(i + 1) % 4]
del objs
gc.collect()
print("finalizer object hanging off a cycle (not itself cyclic):")
a = []
a.append(a)
a.append(F("tail"))
del a
gc.collect()
print("done")
