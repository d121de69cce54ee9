# type.__flags__ of builtin types and of classes over them: the Py_TPFLAGS bits each version sets
# (READY, IMMUTABLETYPE, STATIC_BUILTIN, SEQUENCE / MAPPING, MATCH_SELF, HAVE_VECTORCALL, MANAGED_DICT /
# MANAGED_WEAKREF, INLINE_VALUES, ITEMS_AT_END, the fast-subclass bits, IS_ABSTRACT) and the version tag bit
# types get once an attribute is looked up on them (3.11 / 3.12).
import types

def show(t):
    print(t.__name__, hex(t.__flags__))

for t in (object, type, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range,
          slice, memoryview, property, staticmethod, classmethod, super, enumerate, zip, map, filter, reversed,
          BaseException, Exception, ValueError, OSError, KeyError, StopIteration, SystemExit, BaseExceptionGroup,
          types.FunctionType, types.MethodType, types.BuiltinFunctionType, types.CodeType, types.FrameType,
          types.GeneratorType, types.ModuleType, types.MappingProxyType, types.NoneType, types.NotImplementedType,
          types.EllipsisType, types.CellType, types.TracebackType, types.WrapperDescriptorType,
          types.MethodWrapperType, types.MethodDescriptorType, types.GetSetDescriptorType, types.MemberDescriptorType,
          types.UnionType, type(iter([])), type(iter(())), type({}.keys()), type(iter({}))):
    show(t)

class P: pass
class PS: __slots__ = ()
class PX: __slots__ = ('x',)
class PD: __slots__ = ('__dict__',)
class PW: __slots__ = ('__weakref__',)
class L(list): pass
class LS(list): __slots__ = ()
class T(tuple): pass
class I(int): pass
class B(I): __slots__ = ()
class S(str): pass
class BY(bytes): pass
class D(dict): pass
class ST(set): pass
class F(float): pass
class FS(float): __slots__ = ()
class E(Exception): pass
class ES(Exception): __slots__ = ()
class M(type): pass
class MC(type):
    def __call__(cls, *a): return 1
class G(P): pass
class Meta(metaclass=M): pass
class Call:
    def __call__(self): pass
class Ab: pass
Ab.__abstractmethods__ = frozenset({'f'})
for t in (P, PS, PX, PD, PW, L, LS, T, I, B, S, BY, D, ST, F, FS, E, ES, M, MC, G, Meta, Call, Ab):
    show(t)
Ab.__abstractmethods__ = frozenset()
M.__call__ = lambda cls: 0
show(Ab)
show(M)
print('after lookups:')
p = P()
p.x = 1
print(L([1]), isinstance(p, G), D.fromkeys('a'))
for t in (P, G, L, D, F):
    show(t)
P.y = 2
show(P)
