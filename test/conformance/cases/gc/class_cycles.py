# Classes are always in cycles (their MRO tuple and their __dict__/__weakref__ descriptors refer back to
# them): deleting a class needs the collector; subclasses and instances keep it alive.
import gc
import sys
import weakref

gc.collect()


class Base:
    pass


class Child(Base):
    pass


wb = weakref.ref(Base)
wc = weakref.ref(Child)
print("Base refcount:", sys.getrefcount(Base))
print("Child refcount:", sys.getrefcount(Child))
print("mro is the same tuple each time:", Base.__mro__ is Base.__mro__)
print("referents of Child:", [type(r).__name__ for r in gc.get_referents(Child)])
del Base
print("collect with Child alive ->", gc.collect(), "Base alive:", wb() is not None)
obj = Child()
del Child
print("collect with an instance alive ->", gc.collect(), "Child alive:", wc() is not None)
del obj
print("collect after the instance went ->", gc.collect())
print("both gone:", wb() is None, wc() is None)


def make(n):
    return type("Dyn%d" % n, (), {"n": n})


classes = [make(i) for i in range(4)]
del classes
print("four dynamic classes ->", gc.collect())


class Slotted:
    __slots__ = ("a", "b")


ws = weakref.ref(Slotted)
del Slotted
print("slotted class (member descriptors) ->", gc.collect(), ws() is None)
