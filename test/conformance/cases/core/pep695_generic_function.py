# PEP 695 generic functions: type parameters, annotations, defaults, closures, methods.
import sys

def first[T](items: list[T]) -> T:
    return items[0]

print(first([3, 2, 1]), first.__type_params__, first.__annotations__)
(T,) = first.__type_params__
print(type(T).__name__, type(T).__module__, T.__name__, T.__module__)
print(T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__, T.__infer_variance__)

def pair[K, V](k: K, v: V = None, *, tag: str = "x") -> dict[K, V]:
    return {k: v}

print(pair(1, 2), pair.__defaults__, pair.__kwdefaults__, pair.__type_params__)
print(pair.__qualname__, pair.__code__.co_name)

async def agen[T](x: T) -> T:
    return x

print(agen.__type_params__, agen.__qualname__)

def outer():
    def inner[T](x: T) -> T:
        return x
    return inner

f = outer()
print(f.__qualname__, f(5), f.__type_params__)

class Box:
    def get[U](self, u: U) -> U:
        return u
    @staticmethod
    def make[W: int](w: W) -> W:
        return w

print(Box().get(7), Box.get.__qualname__, Box.get.__type_params__)
(W,) = Box.make.__type_params__
print(W.__bound__, Box.make(3))

def uses_closure[T]():
    return lambda: T

print(uses_closure()())

def deco(fn):
    print("decorating", fn.__name__, fn.__type_params__)
    return fn

@deco
def decorated[A, *Bs, **Cs](a: A) -> A:
    return a

print(decorated(9))
print(sys.getsizeof(T) > 0, sys.getrefcount(T))
first.__type_params__ = ()
print(first.__type_params__)
try:
    first.__type_params__ = [1]
except TypeError as e:
    print("TypeError:", e)
