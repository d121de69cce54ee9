# ExceptionGroup is a class in CPython (PyErr_NewException): type_new gave it a weakref list,
# which shows in its size, layout, flags and class dict, and lets weak references point at groups
import sys
import weakref

eg = ExceptionGroup('eg', [ValueError(1), TypeError(2)])
beg = BaseExceptionGroup('beg', [KeyboardInterrupt()])
print(sys.getsizeof(eg), sys.getsizeof(beg), sys.getsizeof(ValueError()))
print(ExceptionGroup.__basicsize__, ExceptionGroup.__weakrefoffset__, ExceptionGroup.__dictoffset__)
print(BaseExceptionGroup.__basicsize__, BaseExceptionGroup.__weakrefoffset__)
print(hex(ExceptionGroup.__flags__), hex(BaseExceptionGroup.__flags__))
print('__weakref__' in ExceptionGroup.__dict__, '__weakref__' in BaseExceptionGroup.__dict__)
d = ExceptionGroup.__dict__['__weakref__']
print(type(d).__name__, d.__objclass__.__name__, d.__doc__)
print(ExceptionGroup.__dict__['__module__'])

# weak references to a group; the callback runs when the group dies
print(eg.__weakref__)
r = weakref.ref(eg, lambda w: print('callback, dead:', w() is None))
print(eg.__weakref__ is r, weakref.getweakrefcount(eg), r() is eg)
del eg
print('after del', r())

# BaseExceptionGroup has no weakref list
try:
    weakref.ref(beg)
except TypeError as e:
    print('TypeError:', e)

# a class over ExceptionGroup inherits the slot instead of adding one
class MyGroup(ExceptionGroup):
    pass

g = MyGroup('mine', [ValueError()])
print(sys.getsizeof(g), MyGroup.__basicsize__, MyGroup.__weakrefoffset__, '__weakref__' in MyGroup.__dict__)
w = weakref.ref(g)
print(w() is g, type(g.__weakref__).__name__)
del g
print(w())

# split/subgroup results are groups of the same class, with weakref support too
eg2 = ExceptionGroup('x', [ValueError(1), TypeError(2)])
match, rest = eg2.split(ValueError)
print(type(match).__name__, sys.getsizeof(match), weakref.ref(rest)() is rest)

# dealloc order: the group's weak references are cleared (callbacks run) before its exceptions die
class Noisy(ValueError):
    def __del__(self):
        print('Noisy dies')

eg3 = ExceptionGroup('order', [Noisy()])
r3 = weakref.ref(eg3, lambda w: print('group callback'))
del eg3
print('done')
