# A builtin type's __mro__ and __bases__ are the tuples the type holds (made at start-up), not new ones:
# identity, reference counts (immortal on 3.12+), GC tracking, and what the collector sees of them.
import sys, gc
for t in (int, bool, object, list, dict, str, type, KeyError, range):
    m = t.__mro__
    b = t.__bases__
    print(t.__name__, m is t.__mro__, b is t.__bases__, sys.getrefcount(m), sys.getrefcount(b),
          gc.is_tracked(m), gc.is_tracked(b))
empty = ()
print(object.__bases__ is empty, sys.getsizeof(int.__mro__), sys.getsizeof(bool.__mro__))
m = int.__mro__
print(id(m) == id(int.__mro__), any(o is m for o in gc.get_objects()))
print(gc.get_referents(m), gc.get_referents(bool.__bases__))
print(len([r for r in gc.get_referrers(int) if r is m]))
holder = [int.__mro__, int.__mro__]
print(sys.getrefcount(m) - 1 if sys.version_info < (3, 12) else "immortal")
del holder
t = (int.__mro__, 1)
gc.collect()
print(gc.is_tracked(t))
class A(int):
    pass
print(A.__mro__ is A.__mro__, A.__mro__[1] is int, sys.getrefcount(A.__mro__), gc.is_tracked(A.__mro__))
