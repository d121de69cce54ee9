# PEP 696 (3.13): type parameter defaults, evaluated lazily; a SyntaxError on 3.11 and 3.12.
import typing

def f[T = int, *Ts = *tuple[int, str], **P = [int]](): pass

T, Ts, P = f.__type_params__
print(T.__default__, Ts.__default__, P.__default__)
print(T.has_default(), Ts.has_default(), P.has_default())

def g[U](): pass

(U,) = g.__type_params__
print(U.__default__ is typing.NoDefault, typing.NoDefault, U.has_default())

class C[K: int = bool, V = list[K]]:
    pass

K, V = C.__type_params__
print(K.__bound__, K.__default__, V.__default__)
print(C[int], C[int, str])

type Alias[X = str] = dict[X, int]
print(Alias.__type_params__[0].__default__, Alias.__value__)

calls = []
def note(x):
    calls.append(x)
    return x

def lazy[Z = note(float)](): pass
print(calls, lazy.__type_params__[0].__default__, calls, lazy.__type_params__[0].__default__, calls)

X = typing.TypeVar("X", default=None)
Y = typing.TypeVar("Y", bound=int, default=bool)
print(X.__default__, X.has_default(), Y.__bound__, Y.__default__)
print(typing.ParamSpec("Q", default=...).__default__, typing.TypeVarTuple("Us").has_default())
