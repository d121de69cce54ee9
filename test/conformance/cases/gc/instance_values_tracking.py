# Instance attribute values are not a GC object: creating instances counts only the objects, a __dict__
# made on request is a new GC object (tracked when a value may be), and a cycle through an instance's
# values is one object unless its dict was made (3.13: the dict still uses the object's embedded values).
import gc


class A:
    pass


class S:
    __slots__ = ("a", "__dict__")


gc.collect()
gc.disable()
c0 = gc.get_count()[0]
objs = [A() for _ in range(5)]
print("5 instances:", gc.get_count()[0] - c0)
c0 = gc.get_count()[0]
for o in objs:
    o.x = []
print("attributes:", gc.get_count()[0] - c0)
c0 = gc.get_count()[0]
ds = [o.__dict__ for o in objs]
print("dicts:", gc.get_count()[0] - c0, gc.is_tracked(ds[0]))
s = S()
c0 = gc.get_count()[0]
s.q = 1
print("slots dict:", gc.get_count()[0] - c0, gc.is_tracked(s.__dict__))
s.r = []
print("slots dict with a list:", gc.is_tracked(s.__dict__))
a = A()
a.n = 1
print("referents:", gc.get_referents(a) == [1, A], len(gc.get_referents(a)))
x = A()
x.self = x
del x
print("cycle:", gc.collect())
y = A()
y.self = y
y.__dict__
del y
print("cycle with dict:", gc.collect())
gc.enable()
