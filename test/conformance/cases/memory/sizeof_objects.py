# sys.getsizeof of functions, lambdas, classes, instances (plain, __slots__), methods, generators, cells, iterators.
import sys


def f():
    pass


class Plain:
    pass


class WithInit:
    def __init__(self):
        self.a = 1
        self.b = 2

    def method(self):
        pass


class Slots:
    __slots__ = ("a", "b")


class Slots0:
    __slots__ = ()


class Slots5:
    __slots__ = ("a", "b", "c", "d", "e")


class SlotsDict:
    __slots__ = ("a", "__dict__")


class SlotsWeak:
    __slots__ = ("a", "__weakref__")


class Sub(Plain):
    pass


def gen():
    yield 1


async def coro():
    pass


def make_cell():
    x = 1

    def inner():
        return x

    return inner.__closure__[0]


print("function:", sys.getsizeof(f))
print("lambda:", sys.getsizeof(lambda: 0))
print("object():", sys.getsizeof(object()))
print("Plain():", sys.getsizeof(Plain()))
print("WithInit():", sys.getsizeof(WithInit()))
print("Sub():", sys.getsizeof(Sub()))
print("Slots():", sys.getsizeof(Slots()))
print("Slots0():", sys.getsizeof(Slots0()))
print("Slots5():", sys.getsizeof(Slots5()))
print("SlotsDict():", sys.getsizeof(SlotsDict()))
print("SlotsWeak():", sys.getsizeof(SlotsWeak()))
print("bound method:", sys.getsizeof(WithInit().method))
print("builtin method:", sys.getsizeof([].append))
print("builtin function len:", sys.getsizeof(len))
g = gen()
print("generator:", sys.getsizeof(g))
c = coro()
print("coroutine:", sys.getsizeof(c))
c.close()
print("cell:", sys.getsizeof(make_cell()))
print("list iterator:", sys.getsizeof(iter([])))
print("tuple iterator:", sys.getsizeof(iter(())))
print("str iterator:", sys.getsizeof(iter("ab")))
print("range iterator:", sys.getsizeof(iter(range(3))))
print("dict key iterator:", sys.getsizeof(iter({})))
print("set iterator:", sys.getsizeof(iter(set())))
print("enumerate:", sys.getsizeof(enumerate([])))
print("zip of 2:", sys.getsizeof(zip([], [])))
print("map:", sys.getsizeof(map(str, [])))
print("filter:", sys.getsizeof(filter(None, [])))
print("reversed list:", sys.getsizeof(reversed([])))
print("dict keys view:", sys.getsizeof({}.keys()))
print("property:", sys.getsizeof(property()))
print("staticmethod:", sys.getsizeof(staticmethod(f)))
print("classmethod:", sys.getsizeof(classmethod(f)))
print("super:", sys.getsizeof(super(Sub, Sub())))
print("type(Plain) basicsize:", type.__basicsize__ == type(Plain).__basicsize__)
print("Plain.__basicsize__:", Plain.__basicsize__)
print("Slots.__basicsize__:", Slots.__basicsize__)
print("Plain.__dictoffset__:", Plain.__dictoffset__)
print("Plain.__weakrefoffset__:", Plain.__weakrefoffset__)
print("instance __dict__ after 2 attrs:", sys.getsizeof(WithInit().__dict__))
