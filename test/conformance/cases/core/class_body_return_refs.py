# __build_class__ releases what the class body returned (None, or the __class__ cell when a method uses
# super() or __class__), whether the metaclass made the class or raised: a class whose metaclass raised
# after type.__new__ is cyclic garbage (cell -> class -> dict -> function -> closure -> cell) the collector frees.
import sys, gc, weakref
base = sys.getrefcount(None)
class A: pass
class B: pass
class C:
    def f(self):
        return __class__
print(sys.getrefcount(None) - base, C().f() is C)
refs = []
class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        refs.append(weakref.ref(cls))
        raise TypeError('no class today')
for i in range(3):
    try:
        class D(metaclass=Meta):
            def f(self):
                return super().f()
    except TypeError as e:
        print(e)
print([r() is None for r in refs])
gc.collect()
print([r() is None for r in refs])
