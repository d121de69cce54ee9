# PEP 695 bounds and constraints are evaluated lazily, once; typing.TypeVar and friends directly.
import typing

order = []
def note(x):
    order.append(x)
    return x

def f[T: note(int), S: (note(str), note(bytes)), U]():
    pass

print(order)
T, S, U = f.__type_params__
print(T.__bound__, T.__constraints__, order)
print(S.__bound__, S.__constraints__, order)
print(T.__bound__, S.__constraints__, order)
print(U.__bound__, U.__constraints__)
print(repr(T), repr(S), repr(U))

def g[V: Missing]():
    pass

(V,) = g.__type_params__
try:
    V.__bound__
except NameError as e:
    print("NameError:", e)

class K:
    Local = float
    def m[X: Local](self):
        pass

(X,) = K.m.__type_params__
print(X.__bound__)

A = typing.TypeVar("A")
B = typing.TypeVar("B", bound=int, covariant=True)
C = typing.TypeVar("C", int, str, contravariant=True)
D = typing.TypeVar("D", infer_variance=True)
print(A, B, C, D, A.__module__, B.__bound__, C.__constraints__)
print(B.__covariant__, C.__contravariant__, D.__infer_variance__)
for args, kwargs in [(("E", int), {}), (("E", int, str), {"bound": int}),
                     (("E",), {"covariant": True, "contravariant": True}),
                     (("E",), {"covariant": True, "infer_variance": True})]:
    try:
        typing.TypeVar(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

P = typing.ParamSpec("P")
Ts = typing.TypeVarTuple("Ts")
print(P, Ts, P.__name__, Ts.__name__, P.args, P.kwargs, P.__module__)
print(A | int, int | A, A.__reduce__())
try:
    class Sub(A):
        pass
except TypeError as e:
    print("TypeError:", e)
print(isinstance(A, typing.TypeVar), type(P) is typing.ParamSpec, type(Ts) is typing.TypeVarTuple)
