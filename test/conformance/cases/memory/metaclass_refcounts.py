# A class owns a reference to its metaclass only when that is a heap type (PyType_GenericAlloc); type_dealloc
# does not release it, subtype_dealloc does: the counts of type and of a metaclass around class creation and
# collection, and a metaclass freed with its last class.
import gc
import sys


class Meta(type):
    pass


before_type = sys.getrefcount(type)
before_meta = sys.getrefcount(Meta)
class A(metaclass=Meta):
    pass
class B(A):
    pass
C = Meta('C', (), {})
print('type', sys.getrefcount(type) - before_type)
print('Meta', sys.getrefcount(Meta) - before_meta)
del A, B, C
gc.collect()
print('type after', sys.getrefcount(type) - before_type)
print('Meta after', sys.getrefcount(Meta) - before_meta)
# the metaclass itself goes away once its last class is collected
import weakref
class M2(type):
    pass
class D(metaclass=M2):
    pass
r = weakref.ref(M2)
del M2
print('M2 alive while D lives', r() is not None)
del D
gc.collect()
print('M2 alive after', r() is not None)
