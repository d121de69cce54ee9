# gen.gi_yieldfrom (_PyGen_yf): the iterator a suspended generator delegates to with 'yield from', None
# before it starts, at a plain yield and once it is exhausted; it holds a reference to that iterator.
import sys
def inner():
    yield 1
    yield 2
    return "r"
def outer():
    r = yield from inner()
    yield r
g = outer()
print(g.gi_yieldfrom)
print(next(g), type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_code.co_name)
print(sys.getrefcount(g.gi_yieldfrom))
print(next(g), g.gi_yieldfrom is not None)
print(next(g), g.gi_yieldfrom)
def over_list():
    yield from [1, 2]
h = over_list()
next(h)
print(type(h.gi_yieldfrom).__name__)
print(list(h), h.gi_yieldfrom)
