# sys.getsizeof of instances and their __dict__ as a class's shared keys fill up, for a plain class, a
# subclass, a class with __slots__ and __dict__ (3.13: no inline values, so its instances do not shrink the
# shared keys), and whether a freed instance's address is reused by the next one (3.13: the object's block
# shrinks with the shared keys' spare room, so it can move to another size class).
import sys


class A:
    pass


class B(A):
    pass


class S:
    __slots__ = ("a", "__dict__")


objs = [A() for _ in range(3)]
print([sys.getsizeof(o) for o in objs], [sys.getsizeof(o.__dict__) for o in objs])
subs = [B() for _ in range(3)]
for o in subs:
    o.v = 1
print([sys.getsizeof(o) for o in subs], [sys.getsizeof(o.__dict__) for o in subs])
slotted = [S() for _ in range(3)]
slotted[0].k = 1
print([sys.getsizeof(o) for o in slotted], sys.getsizeof(slotted[0].__dict__))
for n in (0, 1, 5, 29, 30, 31):
    class C:
        pass
    c = C()
    for j in range(n):
        setattr(c, "a%d" % j, j)
    print(n, sys.getsizeof(c), sys.getsizeof(c.__dict__))
same = []
for _ in range(8):
    p = A()
    q = A()
    ip = id(p)
    del p
    r = A()
    same.append(id(r) == ip)
    del q, r
print(same)
