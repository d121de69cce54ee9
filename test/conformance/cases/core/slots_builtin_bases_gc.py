# Reference cycles through __slots__ of classes over builtin types are found and freed by the collector
# (subtype_traverse / subtype_clear visit every class's slots, then the base's own references).
import gc, sys
gc.collect()

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('  del', self.name)

class A(list):
    __slots__ = ('x',)
a = A([1, 2])
a.x = 1
print(a, a.x, sys.getsizeof(a))
a.x = [a]
del a
print(gc.collect())

class D(dict):
    __slots__ = ('me', 'tag')
d = D(k=1)
d.me = d
d.tag = Noisy('dict tag')
d['self'] = d
del d
print(gc.collect())

class S(set):
    __slots__ = ('other',)
s1, s2 = S([1]), S([2])
s1.other, s2.other = s2, s1
s1.add(Noisy('in set'))
del s1, s2
print(gc.collect())

class E(Exception):
    __slots__ = ('ctx', 'note')
try:
    raise E('failed')
except E as e:
    e.ctx = e
    e.note = Noisy('exception note')
    err = e
print(sys.getrefcount(err) > 1, err.args, err.ctx is err)
del err
print(gc.collect())

class B1(bytearray):
    __slots__ = ('peer',)
class B2(B1):
    __slots__ = ('box',)
b = B2(b'xyz')
b.peer = b
b.box = [b, Noisy('bytearray box')]
print(gc.is_tracked(b), len(gc.get_referents(b)))
del b
print(gc.collect())

class F(float):
    __slots__ = ('ref',)
f = F(2.5)
f.ref = [f]
print(gc.is_tracked(f), f + 1)
del f
print(gc.collect())
