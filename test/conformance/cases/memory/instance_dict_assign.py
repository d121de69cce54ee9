# Assigning an instance's __dict__ (PyObject_GenericSetDict): 3.11 / 3.12 first make a dict of attribute values
# that have none, 3.13 drops them (or detaches a dict that uses the values embedded in the object by giving it
# values of its own); for a class over a builtin base there are no such values.  What it allocates and frees,
# and what a dict the program still holds looks like afterwards.
import sys, tracemalloc, gc

class P: pass
class L(list): pass
class E(Exception): pass

# fill the dict and tuple freelists so that dict objects below come from them on every version
junk = [{} for _ in range(200)] + [(i, i) for i in range(200)]
del junk
gc.disable()
tracemalloc.start()
now = lambda: tracemalloc.get_traced_memory()[0]
out = []
for cls in (P, L, E):
    o = cls()
    o.a = 1
    o.b = [1]
    x = {'z': 1}
    a = now()
    o.__dict__ = x
    b = now()
    out.append((cls.__name__, 'assign over values', b - a, o.z, hasattr(o, 'a'), sys.getrefcount(x)))
    o = cls()
    o.a = 1
    d = o.__dict__
    a = now()
    o.__dict__ = {'y': 2}
    b = now()
    out.append((cls.__name__, 'assign over a held dict', b - a, sys.getsizeof(d), dict(d), sys.getrefcount(d), gc.is_tracked(d)))
    d['c'] = 3
    out.append((cls.__name__, 'held dict grows', sys.getsizeof(d), list(d), o.y))
    o = cls()
    o.a = 1
    a = now()
    o.__dict__ = {}
    del o
    b = now()
    out.append((cls.__name__, 'assign then free', b - a))
tracemalloc.stop()
for r in out:
    print(*r)
