# Freelist reuse seen through id(): a freed float/tuple/list/dict is handed to the next allocation of its kind.
print("id([]) == id([]):", id([]) == id([]))
print("id({}) == id({}):", id({}) == id({}))
print("id(object()) == id(object()):", id(object()) == id(object()))
x = 1.5
y = 2.5


def fresh_float():
    return x * y


a = fresh_float()
ida = id(a)
del a
b = fresh_float()
print("float freelist reuse:", id(b) == ida)
t = tuple([1, 2, 3])
idt = id(t)
del t
t2 = tuple([4, 5, 6])
print("tuple of 3 reuses tuple of 3:", id(t2) == idt)
t3 = tuple([1, 2])
idt3 = id(t3)
del t3
t4 = tuple([7, 8, 9, 10])
print("tuple of 4 does not reuse tuple of 2:", id(t4) != idt3)
t5 = tuple([1, 2])
print("next tuple of 2 reuses it:", id(t5) == idt3)
l1 = [1, 2, 3]
idl = id(l1)
del l1
l2 = ["x"]
print("list freelist reuse (any length):", id(l2) == idl)
d1 = {"a": 1}
idd = id(d1)
del d1
d2 = {}
print("dict freelist reuse:", id(d2) == idd)
f1, f2, f3 = fresh_float(), fresh_float() + 1, fresh_float() + 2
ids = [id(f1), id(f2), id(f3)]
del f1, f2, f3
g1, g2, g3 = fresh_float(), fresh_float(), fresh_float()
print("float freelist is LIFO:", [id(g1), id(g2), id(g3)] == ids[::-1])
la, lb = [0], [1]
ids = [id(la), id(lb)]
del la
del lb
lc, ld = [2], [3]
print("list freelist LIFO:", [id(lc), id(ld)] == ids[::-1])
lst = [None] * 5
idl = id(lst)
lst = [None] * 5
print("rebinding a name frees after the new list is built:", id(lst) != idl)
lst2 = [None] * 3
idl2 = id(lst2)
del lst2
lst3 = [None] * 100
print("[None] * 100: the literal [None] takes the freed list:", id(lst3) != idl2)
