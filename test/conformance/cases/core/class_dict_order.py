# The keys of a class's __dict__ in CPython's order: the namespace, then the __slots__ members (sorted,
# mangled), the __dict__ / __weakref__ getsets, a default __doc__ (type_ready_fill_dict), and __hash__ = None
# for a class with __eq__ only (type_ready_set_hash); __qualname__ and __classcell__ are taken out.
def keys(C):
    return [k for k in C.__dict__ if k not in ('__firstlineno__', '__static_attributes__')]

class P:
    x = 1
    __slots__ = ('y',)
print(keys(P))
class Q:
    pass
print(keys(Q))
class R:
    "a docstring"
    def f(self):
        return super().f
    __slots__ = ('b', '__a', 'a', '__dict__')
print(keys(R), R.__slots__, R.__doc__)
class S(R):
    __slots__ = ('__weakref__', 'c')
print(keys(S))
class E:
    def __eq__(self, other):
        return True
    def __init_subclass__(cls):
        pass
    def __new__(cls):
        return object.__new__(cls)
    def __class_getitem__(cls, k):
        return k
print(keys(E), E.__hash__, type(E.__dict__['__new__']).__name__, type(E.__dict__['__init_subclass__']).__name__)
class L(list):
    pass
class LS(list):
    __slots__ = ('q', 'p')
class I(int):
    pass
class X(Exception):
    pass
class XS(Exception):
    __slots__ = ('q', '__weakref__')
class M(type):
    pass
class N:
    __slots__ = ()
class EQ(list):
    def __eq__(self, other):
        return True
class DS:
    __slots__ = {'one': 'the first', 'two': None}
for C in (L, LS, I, X, XS, M, N, EQ, DS):
    print(C.__name__, keys(C))
print(DS.one.__doc__, DS.two.__doc__)
T = type('T', (), {'__doc__': 'hi', 'z': 1})
print(keys(T))
T2 = type('T2', (), {'__qualname__': 'a.b', '__module__': 'm'})
print(keys(T2), T2.__qualname__)
T3 = type('T3', (list,), {'__slots__': ['k'], 'z': 1})
print(keys(T3))
