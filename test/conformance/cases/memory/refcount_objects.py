# sys.getrefcount for self, class attributes, instance attributes, bound methods, properties.
import sys


class C:
    shared = []

    def __init__(self):
        self.items = []

    def show_self(self):
        print("self in method:", sys.getrefcount(self))

    def show_self_alias(self):
        me = self
        print("self + local alias:", sys.getrefcount(self))

    @classmethod
    def cm(cls):
        print("cls in classmethod is C:", cls is C)

    @staticmethod
    def sm(v):
        print("staticmethod parameter:", sys.getrefcount(v))

    @property
    def prop(self):
        return sys.getrefcount(self)


c = C()
print("instance at module level:", sys.getrefcount(c))
c.show_self()
c.show_self_alias()
C().show_self()
C.show_self(c)
c.cm()
val = []
C.sm(val)
c.sm(val)
print("property sees self:", c.prop)
print("instance attribute list:", sys.getrefcount(c.items))
print("class attribute list:", sys.getrefcount(C.shared))
holder = C.shared
print("class attribute + global:", sys.getrefcount(C.shared))
c.other = val
print("val also an instance attribute:", sys.getrefcount(val))
c2 = C()
c2.other = val
print("val on two instances:", sys.getrefcount(val))
del c2.other
print("after del attribute:", sys.getrefcount(val))
m = c.show_self
print("bound method holds instance:", sys.getrefcount(c))
m2 = c.show_self
print("second bound method:", sys.getrefcount(c))
print("m is m2:", m is m2, "m == m2:", m == m2)
print("bound method object:", sys.getrefcount(m))
del m, m2
print("after del bound methods:", sys.getrefcount(c))
print("fresh bound method:", sys.getrefcount(c.show_self))
print("__self__ of bound method:", sys.getrefcount(c.show_self.__self__))
