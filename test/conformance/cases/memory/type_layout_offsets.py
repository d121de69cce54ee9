# type.__dictoffset__ / __weakrefoffset__ of builtin types and of classes over object, builtins, __slots__ and metaclasses.
import collections
import types


class P: pass
class S: __slots__ = ('a', 'b')
class SW: __slots__ = ('a', '__weakref__')
class SD: __slots__ = ('a', '__dict__')
class Q(P): x: int
class QS(P): __slots__ = ('z',)
class I(int): pass
class T(tuple): pass
class L(list): pass
class E(Exception): pass
class M(type): pass
class Cn(collections.Counter): pass
class DS(dict):
    __slots__ = ("a", "__weakref__")
class St(str): pass
class Fl(float): pass
class Ex(ValueError):
    __slots__ = ('a',)
class Li(list):
    __slots__ = ()


def f(): pass


for t in [object, int, type, types.FunctionType, types.ModuleType, P, S, SW, SD, Q, QS, I, T, L, E, Exception, property,
          set, frozenset, types.MethodType, types.CodeType, M, Cn, DS, St, Fl, Ex, Li, types.GeneratorType, staticmethod]:
    print(t.__name__, t.__dictoffset__, t.__weakrefoffset__)
