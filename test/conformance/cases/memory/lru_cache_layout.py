# functools._lru_cache_wrapper's layout: getsizeof of bounded / unbounded / uncached wrappers, the
# lru_list_elem links (not GC objects), gc.is_tracked, gc.get_referents order, __dict__ / weakref offsets.
import sys, gc, functools, weakref

def f(x, y=0):
    return [x, y]

bounded = functools.lru_cache(maxsize=2)(f)
unbounded = functools.cache(f)
uncached = functools.lru_cache(maxsize=0)(f)
tp = type(bounded)
print(tp.__module__, tp.__qualname__, tp.__basicsize__, tp.__itemsize__, tp.__dictoffset__, tp.__weakrefoffset__)
print(sorted(k for k in tp.__dict__ if k not in ('__init__',)))
print(sys.getsizeof(bounded), sys.getsizeof(unbounded), sys.getsizeof(uncached))
print(gc.is_tracked(bounded), gc.is_tracked(unbounded), weakref.ref(bounded)() is bounded)
print(sorted(bounded.__dict__), sys.getsizeof(bounded.__dict__))

def names(objs):
    return [type(o).__name__ for o in objs]

print(names(gc.get_referents(bounded)))
bounded(1); bounded(2, 3)
refs = gc.get_referents(bounded)
print(names(refs))
cache = [r for r in refs if type(r) is dict and r is not bounded.__dict__][0]
print(list(cache.keys()), gc.is_tracked(cache))
link = cache[1]
print(type(link).__name__, type(link).__module__, sys.getsizeof(link), gc.is_tracked(link), gc.get_referents(link))
print(tp.__flags__ & (1 << 17) != 0, tp.__flags__ & (1 << 14) != 0, type(link).__flags__ & (1 << 14) != 0)
try:
    type(link)()
except TypeError as e:
    print('TypeError', e)
try:
    class Sub(tp):
        pass
except TypeError as e:
    print('TypeError', e)
bounded(4)
print(list(cache.keys()), cache[(2, 3)] is not link)
unbounded(5); unbounded(6, y=1)
print(names(gc.get_referents(unbounded)))
ucache = [r for r in gc.get_referents(unbounded) if type(r) is dict and r is not unbounded.__dict__][0]
print([k if type(k) is not tuple else [type(x).__name__ for x in k] for k in ucache])
print(len(ucache), names(ucache.values()), gc.is_tracked(ucache))
uncached(7)
print(names(gc.get_referents(uncached)))
print(bounded.__doc__ is None, tp.__doc__.splitlines()[0])
