# PEP 695 generic classes: implicit Generic base, __type_params__, __parameters__, subscription.
class Box[T]:
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item

b = Box(3)
print(b.get(), Box.__type_params__, Box.__parameters__)
print(Box.__bases__, Box.__mro__)
print(Box.__orig_bases__)
print(Box[int], Box[int].__origin__ is Box, Box[int].__args__)
print(Box[int](4).get())

class Pair[K, V](dict):
    pass

print(Pair.__bases__, Pair.__orig_bases__, Pair[str, int])
print(Pair.__qualname__, Pair.__module__)

class Multi[T, *Ts, **P]:
    pass

print(Multi.__type_params__, Multi.__parameters__)
print(Multi.__orig_bases__)
T, Ts, P = Multi.__type_params__
print(type(T).__name__, type(Ts).__name__, type(P).__name__)
print(P.args, P.kwargs, P.args.__origin__ is P)

class Outer:
    class Inner[T]:
        def m(self) -> T: ...
    def method[U](self, u: U) -> U:
        return u

print(Outer.Inner.__qualname__, Outer.Inner.__type_params__, Outer.method.__qualname__)
print(Outer().method("u"))

class Sub(Box[int]):
    pass

print(Sub.__orig_bases__, Sub.__parameters__, Sub(5).get())

class WithMeta[T](metaclass=type):
    x: T

print(WithMeta.__annotations__, WithMeta.__type_params__)
print(sorted(k for k in Box.__dict__ if k.startswith("__") and k in ("__type_params__", "__parameters__", "__orig_bases__")))
