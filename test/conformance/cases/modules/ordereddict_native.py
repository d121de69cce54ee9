# collections.OrderedDict (C implementation): order operations, views and their iterators, mutation
# during iteration, repr per version (3.11 a list of pairs, 3.12+ a dict), equality, update forms,
# copy / fromkeys / | / |=, __reduce__, subclasses, the types' names and modules, argument errors.
import sys, weakref
from collections import OrderedDict

od = OrderedDict([('b', 2), ('a', 1)])
od['c'] = 3
od.update({'d': 4}, e=5)
od.update([('f', 6)])
print(od)
print(list(od.keys()), list(od.values()), list(od.items()))
print(list(reversed(od)), list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
print(od.keys(), od.values(), od.items())
od.move_to_end('b')
od.move_to_end('e', last=False)
od.move_to_end('e', False)
print(list(od), od.popitem(), od.popitem(last=False), od.popitem(0))
print(od.pop('c'), od.pop('zz', 'dflt'), od.setdefault('a'), od.setdefault('g'), od.setdefault('h', 8))
print(od)
del od['g']
od['a'] = 10
print(od, len(od), 'a' in od, od.get('nope'))

# iteration while mutating
for name, mutate in [('add', lambda o: o.__setitem__('new', 0)),
                     ('del', lambda o: o.__delitem__('a')),
                     ('move', lambda o: o.move_to_end('a')),
                     ('pop+add', lambda o: (o.popitem(), o.__setitem__('q', 1)))]:
    o = OrderedDict.fromkeys('abc', 0)
    it = iter(o)
    print(name, next(it), end=' ')
    mutate(o)
    try:
        print(next(it))
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        print(next(it))
    except (RuntimeError, StopIteration) as e:
        print(type(e).__name__, e)
o = OrderedDict.fromkeys('abc', 0)
it = iter(o.items())
print(next(it))
o['a'] = 5
print(next(it), list(it))
it = iter(o.values())
dict.__delitem__(o, 'b')
try:
    print(list(it))
except (KeyError, RuntimeError) as e:
    print(type(e).__name__, e)

# equality: order matters between two OrderedDicts only
a = OrderedDict(x=1, y=2)
b = OrderedDict(y=2, x=1)
print(a == b, a != b, a == dict(b), dict(b) == a, a == OrderedDict(x=1, y=2), a != {'x': 1}, a == [1])
print(a.keys() == b.keys(), a.items() == {('x', 1), ('y', 2)}, a.keys() - {'x'}, a.keys() & b.keys())
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)

# repr
r = OrderedDict()
print(repr(r), str(r))
r['self'] = r
r['n'] = [1, 2]
print(r)
class MyOD(OrderedDict):
    pass
m = MyOD(a=1)
m.attr = 1
print(m, repr(MyOD()), m.keys(), m.copy(), type(m.copy()).__name__, m.attr)
print(OrderedDict.fromkeys('ab'), MyOD.fromkeys('xy', 0), type(MyOD.fromkeys('x')).__name__)

# update forms and |, |=
class KeysOnly:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper()
class ItemsOnly:
    def items(self):
        return [('i1', 1), ('i2', 2)]
u = OrderedDict()
u.update(KeysOnly())
u.update(ItemsOnly())
u.update(OrderedDict(z=0))
u.update(zip('pq', 'PQ'))
print(u)
for bad in [1, [1], [(1,)], [(1, 2, 3)], ['ab'], ['abc']]:
    try:
        OrderedDict(bad)
        print('ok', bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
x = OrderedDict(a=1) | {'b': 2}
y = {'b': 2} | OrderedDict(a=1)
x |= [('c', 3)]
print(x, type(y).__name__, y, MyOD(a=1) | OrderedDict(b=2))
try:
    OrderedDict() | [1]
except TypeError as e:
    print(type(e).__name__, e)

# copy and __reduce__
c = OrderedDict(a=1, b=[2])
cc = c.copy()
print(cc, cc == c, cc['b'] is c['b'])
red = c.__reduce__()
print(red[0], red[1], red[2], red[3], type(red[4]).__name__, list(red[4]))
mm = MyOD(a=1)
print(mm.__reduce__()[2])
mm.z = 2
print(mm.__reduce__()[2], list(mm.__reduce__()[4]))
print(list(iter(c).__reduce__()[1][0]), iter(c).__reduce__()[0] is iter)

# types
print(OrderedDict.__module__, OrderedDict.__name__, OrderedDict.__qualname__, OrderedDict.__base__.__name__)
print(OrderedDict.__flags__ & (1 << 9), bool(OrderedDict.__flags__ & (1 << 10)), bool(OrderedDict.__flags__ & (1 << 29)))
print(OrderedDict.__dictoffset__, OrderedDict.__weakrefoffset__, OrderedDict.__hash__, '__hash__' in OrderedDict.__dict__)
print(OrderedDict.__doc__)
for v in (od.keys(), od.values(), od.items(), iter(od), reversed(od), iter(od.items())):
    t = type(v)
    print(t.__name__, t.__module__, [b.__name__ for b in t.__mro__])
print(OrderedDict[str, int], MyOD.__mro__[1] is OrderedDict, isinstance(od, dict))
import _collections
print(_collections.OrderedDict is OrderedDict)
wr = weakref.ref(m)
print(wr() is m, weakref.ref(od)() is od)

# argument errors
for f in [lambda: od.pop(), lambda: od.pop(1, 2, 3), lambda: od.popitem(1, 2), lambda: od.move_to_end(),
          lambda: OrderedDict(1, 2), lambda: od.update(1, 2), lambda: od.setdefault(), lambda: od.keys(1),
          lambda: od.pop(key='zz'), lambda: od.move_to_end(key='zz'), lambda: od.fromkeys(),
          lambda: od.pop([]), lambda: od.__setitem__([], 1), lambda: od.move_to_end([]),
          lambda: od.clear(1), lambda: od.copy(1)]:
    try:
        print(f())
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
print(od.pop(key='a'), od.popitem(last=True))
