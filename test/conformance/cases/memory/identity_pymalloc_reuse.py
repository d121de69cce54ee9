# pymalloc block reuse after del: same-size-class objects get the freed block back (LIFO per pool).
# (Only busy size classes are used: reuse in a rarely used class depends on start-up pool state.)
class A:
    __slots__ = ("x", "y")


class B:
    __slots__ = ("p", "q")


class S4:
    __slots__ = ("a", "b", "c", "d")


a = A()
ida = id(a)
del a
a2 = A()
print("slotted instance of same class reuses the block:", id(a2) == ida)
idb = id(a2)
del a2
b = B()
print("instance of another class, same size, reuses it:", id(b) == idb)
o = object()
ido = id(o)
del o
s = S4()
print("object() (16 bytes) vs 4-slot instance (64 bytes) differ:", id(s) != ido)
o2 = object()
print("next object() reuses the 16-byte block:", id(o2) == ido)
objs = [object() for _ in range(5)]
ids = [id(x) for x in objs]
objs.clear()
again = [object() for _ in range(5)]
print("5 objects freed last-to-first, LIFO gives the same order back:", [id(x) for x in again] == ids)
objs = [object() for _ in range(5)]
ids = [id(x) for x in objs]
del objs
again2 = [object() for _ in range(5)]
print("same after del of the whole list:", [id(x) for x in again2] == ids)
s1 = "".join(["abc", "def", "ghi", "jk"])
ids1 = id(s1)
del s1
s2 = "".join(["xyz", "uvw", "rst", "pq"])
print("str of same length reuses the block:", id(s2) == ids1)
big = 10**40 + 1
n1 = big * 3
idn = id(n1)
del n1
n2 = big * 5
print("int of same digit count reuses the block:", id(n2) == idn)
