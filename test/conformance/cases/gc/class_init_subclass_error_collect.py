# A class statement whose __init_subclass__ raises: type.__new__ releases the new class, whose cycles the next collection frees
import gc, sys
class M(type):
    pass
try:
    class C(metaclass=M, bogus=1):
        x = 1
except TypeError as e:
    print(e)
print(gc.collect())
class Base:
    def __init_subclass__(cls, **kw):
        raise ValueError('no')
try:
    class D(Base): pass
except ValueError as e:
    print(e)
print(gc.collect())
