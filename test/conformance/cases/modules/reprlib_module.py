# reprlib: Repr limits per type, aRepr, recursive_repr
import reprlib
from collections import deque
print(reprlib.repr(list(range(100))))
print(reprlib.repr('x' * 100))
print(reprlib.repr({i: str(i) for i in range(10)}))
print(reprlib.repr(set(range(20))), reprlib.repr(frozenset()), reprlib.repr(set()))
print(reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr([[[[[[[1]]]]]]]))
print(reprlib.repr(10**50), reprlib.repr(deque(range(10))))
r2 = reprlib.Repr()
r2.maxlist = 3; r2.maxstring = 10
print(r2.repr(list(range(10))), r2.repr('abcdefghijklmnop'))
class C:
    def __init__(self): self.items = []
    @reprlib.recursive_repr()
    def __repr__(self): return 'C(%r)' % self.items
c = C(); c.items.append(c)
print(repr(c), C.__repr__.__name__, C.__repr__.__qualname__)
class Big:
    def __repr__(self): return 'B' * 50
print(reprlib.repr(Big()))

r3 = reprlib.Repr()
r3.fillvalue = '+++'
print(r3.repr(list(range(20))), r3.repr('y' * 50))
print(reprlib.repr(x for x in []).startswith('<generator'), reprlib.repr(3.5), reprlib.repr(None), reprlib.repr(b'abc'))
