# weakref.ref: dereferencing, death on last strong reference, callbacks, getweakrefcount/getweakrefs.
import gc
import sys
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


o = Obj("o")
r = weakref.ref(o)
print("deref:", r())
print("refcount unaffected by weakref:", sys.getrefcount(o))
print("getweakrefcount:", weakref.getweakrefcount(o))
r2 = weakref.ref(o)
print("second ref without callback is the same object:", r2 is r)
print("getweakrefcount still:", weakref.getweakrefcount(o))


def cb(ref):
    print("  callback, ref is dead:", ref() is None, "same ref:", ref is r3)


r3 = weakref.ref(o, cb)
print("ref with callback is a new object:", r3 is not r)
print("getweakrefcount:", weakref.getweakrefcount(o))
print("getweakrefs order is newest callback refs last:", [x is r for x in weakref.getweakrefs(o)])
print("equality while alive compares referents:", r == r3)
print("hash of a live ref is the referent hash:", hash(r) == hash(o))
print("deleting the object:")
del o
print("after del: r() is None:", r() is None, r3() is None)
print("dead refs equal only if same:", r == r3, r == r)
try:
    weakref.ref(5)
except TypeError as e:
    print("weakref to int:", e)
try:
    weakref.ref([])
except TypeError as e:
    print("weakref to list:", e)


class Sub(list):
    pass


print("weakref to list subclass works:", weakref.ref(Sub())() is None)


class Slots:
    __slots__ = ("a",)


try:
    weakref.ref(Slots())
except TypeError as e:
    print("weakref to slotted instance:", e)


class SlotsWR:
    __slots__ = ("a", "__weakref__")


s = SlotsWR()
print("with __weakref__ slot:", weakref.ref(s)() is s)
print("weakref to a function:", weakref.ref(cb)() is cb)
print("getweakrefcount of object with none:", weakref.getweakrefcount(Obj("x")))
