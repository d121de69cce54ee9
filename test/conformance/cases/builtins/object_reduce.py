# object.__reduce__/__reduce_ex__/__getstate__ through copyreg: protocols 0-4, slots state, list/dict items, __getnewargs_ex__, overrides, unpicklable layouts.
import copyreg, copy
class P:
    def __init__(self): self.a = 1; self.b = [2]
p = P()
r = p.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1] == (P,), r[2], r[3:], len(r))
r = p.__reduce_ex__(1)
print(r[0] is copyreg._reconstructor, r[1], r[2])
r = p.__reduce__()
print(r[0].__name__, r[1][1], r[2])
class S:
    __slots__ = ('x', 'y')
s = S(); s.x = 5
print(s.__reduce_ex__(4)[2], s.__getstate__())
class L(list): pass
l = L([1, 2]); l.tag = 't'
r = l.__reduce_ex__(2)
print(r[1][0] is L, r[2], list(r[3]), r[4])
class D(dict): pass
r = D(a=1).__reduce_ex__(3)
print(list(r[4]), r[2])
class N:
    def __getnewargs_ex__(self): return ((1,), {'k': 2})
r = N().__reduce_ex__(4)
print(r[0] is copyreg.__newobj_ex__, r[1][1:], r[2])
class R:
    def __reduce__(self): return (R, ())
print(R().__reduce_ex__(2))
print(P().__getstate__(), object().__reduce_ex__(2)[1][0] is object)
print(sorted(n for n in dir(object) if 'reduce' in n or 'state' in n))
q = copy.copy(p); print(q.a, q.b is p.b, copy.deepcopy(p).b is p.b)
try: s.__reduce_ex__(1)
except TypeError as e: print(e)
try: (lambda: 0).__reduce_ex__(2)
except TypeError as e: print(type(e).__name__)
class W:
    __slots__ = ('a', '__weakref__')
w = W(); w.a = 1
print(w.__reduce_ex__(2)[2])
for o in (1, 'x', (1, 2), b'b', 2.5, [1], {1: 2}, {1}, frozenset({2}), range(3), P):
    try:
        r = o.__reduce_ex__(2)
        print(type(o).__name__, r[0].__name__ if hasattr(r[0], '__name__') else r[0], r[1] if not isinstance(o, type) else '')
    except TypeError as e:
        print(type(o).__name__, 'TypeError', e)
