# sys.getrefcount through closures/cells, default argument values and keyword defaults.
import sys


def outer():
    captured = []
    print("captured local before closure:", sys.getrefcount(captured))

    def inner():
        return captured

    print("captured local with closure:", sys.getrefcount(captured))
    inner2 = lambda: captured
    print("two closures share the cell:", sys.getrefcount(captured))
    return inner


f = outer()
val = f()
print("returned through the closure:", sys.getrefcount(val))
cell = f.__closure__[0]
print("cell_contents is val:", cell.cell_contents is val)
print("cell object:", sys.getrefcount(cell))
g = outer()
print("different cells:", f.__closure__[0] is not g.__closure__[0])

DEFAULT = []


def with_default(a=DEFAULT):
    print("default inside call:", sys.getrefcount(a))


print("default value held by function:", sys.getrefcount(DEFAULT))
with_default()
with_default([])
print("__defaults__ tuple item:", with_default.__defaults__[0] is DEFAULT)


def kwonly(*, k=DEFAULT):
    return k


print("also a kw default:", sys.getrefcount(DEFAULT))
del with_default
print("after del first function:", sys.getrefcount(DEFAULT))
del kwonly
print("after del second function:", sys.getrefcount(DEFAULT))


def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    return inc


inc = counter()
inc()
inc()
print("nonlocal counter:", inc())
obj = object()


def make(v):
    return lambda: v


fs = [make(obj) for _ in range(4)]
print("object captured by 4 closures:", sys.getrefcount(obj))
fs = None
print("after closures dropped:", sys.getrefcount(obj))
