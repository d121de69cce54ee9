# obj.__class__ = C: allowed between classes whose instances have the same layout (compatible_for_assignment:
# same base below the classes that add nothing, the same __slots__, dict and weakref pointers alike), refused
# with "object layout differs" otherwise; ModuleType subclasses may swap with modules.
import sys, types

def tryset(o, c):
    try:
        o.__class__ = c
        print('ok', type(o).__name__)
    except TypeError as e:
        print(e)

class A: pass
class B: pass
class S1: __slots__ = ('x',)
class S2: __slots__ = ('x',)
class S3: __slots__ = ('y',)
class S4: __slots__ = ('x', '__dict__')
class S5: __slots__ = ()
class S6: __slots__ = ('__weakref__',)
class S7: __slots__ = ('__dict__',)
class L1(list): pass
class L2(list): pass
class LS(list): __slots__ = ('x',)
class LT(list): __slots__ = ('x',)
class LU(list): __slots__ = ()
class AS(A): __slots__ = ()
class AB(A): pass
class F1(float): __slots__ = ('v',)
class F2(float): __slots__ = ('v',)
tryset(A(), B)
tryset(A(), S1)
tryset(S1(), S2)
tryset(S1(), S3)
tryset(S1(), S4)
tryset(S5(), S6)
tryset(S5(), A)
tryset(S6(), S7)
tryset(A(), S7)
tryset(A(), AS)
tryset(AS(), AB)
tryset(L1(), L2)
tryset(L1(), LS)
tryset(LS(), LT)
tryset(LS(), LU)
tryset(LU(), L1)
tryset(L1(), A)
tryset(A(), L1)
tryset(A(), int)
tryset(1, A)
f = F1(0.5)
f.v = 'kept'
tryset(f, F2)
print(f.v, f, F2.v.__get__(f))
class MM(types.ModuleType): pass
tryset(sys, MM)
tryset(sys, types.ModuleType)
try:
    del A().__class__
except TypeError as e:
    print(e)
tryset(A(), 5)
a = A()
a.k = 1
tryset(a, B)
print(a.__dict__, sys.getrefcount(A), sys.getrefcount(B))
