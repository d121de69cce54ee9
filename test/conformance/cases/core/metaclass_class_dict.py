# A metaclass adds no __dict__/__weakref__ descriptors: its classes keep type's mappingproxy __dict__.
import weakref


class M(type):
    def __setattr__(cls, name, value):
        print("meta setattr", name)
        super().__setattr__(name, value)


class C(metaclass=M):
    x = 1


print(type(C.__dict__).__name__, 'x' in C.__dict__, M.__dict__.get('__dict__'), vars(C)['x'])
r = weakref.ref(C)
print(r() is C)
C.y = 2
print(C.y, C.__dict__['y'], sorted(k for k in C.__dict__ if not k.startswith('__')))
