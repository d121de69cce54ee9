# get_traced_memory() deltas of operations on instance attribute storage: copying a split __dict__ (a new
# dict object and values array), deleting attributes, clearing __dict__ (frees the values array, except
# 3.13's embedded values), replacing __dict__, dir() (which reads __dict__), __class__ assignment (3.13
# copies embedded values out of the object) and freeing instances.
# Readings go into a preallocated list and are printed after stop(); each delta includes the 32-byte int
# the reading itself makes.
import gc
import tracemalloc


class A:
    pass


class S:
    __slots__ = ("a", "__dict__")


class Sub(A):
    def __init__(self):
        self.x = 1
        self.y = 2


R = [0] * 100
i = 0
t = tracemalloc.get_traced_memory
gc.collect()
tracemalloc.start()
ballast = bytes(300)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
a = A(); a.x = 1; a.y = 2
R[i] = t()[0]; i += 1
d = a.__dict__.copy()
R[i] = t()[0]; i += 1
del d
R[i] = t()[0]; i += 1
del a.x
R[i] = t()[0]; i += 1
a.__dict__.clear()
R[i] = t()[0]; i += 1
del a
R[i] = t()[0]; i += 1
s = S(); s.b = 1
R[i] = t()[0]; i += 1
s.__dict__
R[i] = t()[0]; i += 1
del s
R[i] = t()[0]; i += 1
u = Sub()
R[i] = t()[0]; i += 1
v = vars(u)
R[i] = t()[0]; i += 1
del v, u
R[i] = t()[0]; i += 1
w = A()
w.__dict__ = {"k": 1}
R[i] = t()[0]; i += 1
del w
R[i] = t()[0]; i += 1
z = A()
dir(z)
R[i] = t()[0]; i += 1
z.q = 1
R[i] = t()[0]; i += 1
z.__class__ = Sub
R[i] = t()[0]; i += 1
z.r = 1
R[i] = t()[0]; i += 1
del z
R[i] = t()[0]; i += 1
tracemalloc.stop()
labels = [
    "warm-up", "A() + 2 attributes", "__dict__.copy()", "del copy", "del a.x", "__dict__.clear()", "del a",
    "S() + attribute", "s.__dict__", "del s", "Sub()", "vars(u)", "del v, u", "A() + __dict__ = {...}",
    "del w", "A() + dir()", "z.q = 1", "z.__class__ = Sub", "z.r = 1", "del z",
]
for k, label in enumerate(labels):
    print(label + ":", R[k + 1] - R[k])
