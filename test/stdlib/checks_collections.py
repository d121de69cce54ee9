# collections, collections.abc, abc checks
import sys


@check('collections')
def namedtuple_basic(M, r):
    c = M.collections
    P = c.namedtuple('Point', 'x y')
    p = P(1, 2)
    r.v(p)
    r.v((p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2), hash(p) == hash((1, 2))))
    r.v(P._fields)
    r.v(P._field_defaults)
    r.v(p._asdict())
    r.v(p._replace(x=5))
    r(p._replace, z=5)
    r(P._make, [3, 4])
    r(P._make, [3])
    r(P)
    r(P, 1)
    r(P, 1, 2, 3)
    r(P, 1, y=2)
    r(P, x=1, y=2)
    r(P, 1, x=2)
    r(P, 1, 2, z=3)
    r(P, 1, 2, 3, 4)
    r.v(repr(P))
    r.v(P.__doc__)
    r.v(P.x.__doc__)
    r.v(P.__new__.__doc__)
    r.v(P.__new__.__qualname__)
    r.v(P.__new__.__defaults__)
    r.v(P._make.__doc__)
    r.v(P._replace.__qualname__)
    r.v(P.__slots__)
    r.v(P.__match_args__)
    r.v(P.__bases__)
    r.v(P.__module__)
    r.v(p.__getnewargs__())
    r(lambda: setattr(p, 'x', 3))
    r(lambda: setattr(p, 'z', 3))
    r(lambda: p.__dict__)
    Q = c.namedtuple('Q', ['a', 'b', 'c'], defaults=[2, 3])
    r.v(Q(1))
    r.v(Q(1, c=9))
    r.v(Q._field_defaults)
    r.v(Q.__new__.__defaults__)
    r(Q)
    r(Q, 1, 2, 3, 4)
    r(Q, b=1)
    r(c.namedtuple, 'R', 'a b', defaults=[1, 2, 3])
    r(c.namedtuple, 'R', 'a _b')
    r(c.namedtuple, 'R', 'a a')
    r(c.namedtuple, 'R', 'a class')
    r(c.namedtuple, 'R', 'a 1x')
    r(c.namedtuple, 'class', 'a')
    r(c.namedtuple, 'R', ['a', 3])
    R = c.namedtuple('R', 'a class _b a 1x', rename=True)
    r.v(R._fields)
    r.v(R(1, 2, 3, 4, 5))
    S = c.namedtuple('S', 'one')
    r.v(S(1))
    r.v(S.__doc__)
    E = c.namedtuple('E', '')
    r.v(E())
    r(E, 1)
    r.v(c.namedtuple('T', 'a, b', module='mymod').__module__)

    class Sub(P):
        __slots__ = ()
        def norm(self):
            return self.x ** 2 + self.y ** 2
    s = Sub(3, 4)
    r.v(s)
    r.v(s.norm())
    r.v(s._replace(x=0))
    r.v(type(s._replace(x=0)).__name__)
    r.v(isinstance(p, tuple))
    x, y = p
    r.v(x + y)
    r.v(sorted([P(2, 1), P(1, 2), P(1, 1)]))
    match p:
        case P(x=1, y=yy):
            r.v(('matched', yy))


@check('collections')
def counter_basic(M, r):
    c = M.collections
    C = c.Counter
    a = C('abracadabra')
    r.v(a)
    r.v(list(a))
    r.v(a.most_common())
    r.v(a.most_common(2))
    r.v(a.most_common(0))
    r.v(a.most_common(-1))
    r.v(a['z'])
    r.v('z' in a)
    r.v(sorted(a.elements()))
    r.v(list(a.elements()))
    r.v(a.total())
    b = C(a=1, b=10, z=-2)
    r.v(b)
    r.v(a + b)
    r.v(a - b)
    r.v(b - a)
    r.v(a | b)
    r.v(a & b)
    r.v(+b)
    r.v(-b)
    r.v(C())
    r.v(C({'x': 3, 'y': 3, 'w': 5}))
    r.v(C({'x': 3, 'y': 'q'}))
    d = C(['x', 'y', 'x'])
    d.update('xyz')
    r.v(d)
    d.update({'x': 5, 'new': 1})
    r.v(d)
    d.subtract('xxxxxxxx')
    r.v(d)
    d.subtract({'y': 10})
    r.v(d)
    d.subtract(w=2)
    r.v(d)
    del d['nothere']
    del d['x']
    r.v(d)
    r(C.fromkeys, 'abc')
    r.v(C('aab') == C('ab') + C('a'))
    r.v(C(a=1) == C(a=1, b=0))
    r.v(C(a=1) == {'a': 1})
    r.v(C(a=1) <= C(a=2))
    r.v(C(a=1) < C(a=1))
    r.v(C(a=3) >= C(a=2, b=0))
    r.v(C(a=3) > C(a=2, b=1))
    r(lambda: C(a=1) < {'a': 1})
    r(lambda: C(a=1) + {'a': 1})
    e = C(a=3, b=-1)
    e += C(b=2, c=-5)
    r.v(e)
    e -= C(a=1)
    r.v(e)
    e |= C(a=10, q=0)
    r.v(e)
    e &= C(a=4)
    r.v(e)
    r.v(e.copy())
    r.v(type(e.copy()).__name__)
    r(lambda: hash(e))

    class MyC(C):
        pass
    r.v(MyC('aab'))
    r.v(MyC('aab') + MyC('b'))
    r.v(MyC().copy())
    r.v(C('hello world').most_common(3))
    r.v(C([1.0, 1, True, 2]))
    r.v(dict(C('abc')))
    r.v(C(a=2, b=2, c=1, d=2).most_common(2))


@check('collections')
def ordereddict(M, r):
    c = M.collections
    OD = c.OrderedDict
    od = OD([('b', 1), ('a', 2)])
    od['c'] = 3
    r.v(od)
    r.v(OD())
    r.v(od.keys())
    r.v(od.values())
    r.v(od.items())
    r.v(list(reversed(od)))
    r.v(list(reversed(od.keys())))
    r.v(list(reversed(od.items())))
    r.v(list(reversed(od.values())))
    od.move_to_end('b')
    r.v(od)
    od.move_to_end('c', last=False)
    r.v(od)
    r(od.move_to_end, 'zz')
    r(od.popitem)
    r.v(od)
    r(od.popitem, last=False)
    r.v(od)
    r(OD().popitem)
    o1 = OD(a=1, b=2)
    o2 = OD(b=2, a=1)
    r.v((o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2, o1 == OD(a=1, b=2)))
    r.v(OD.fromkeys('abc', 0))
    r.v(o1 | {'z': 1})
    r.v({'z': 1} | o1)
    o1 |= {'q': 5}
    r.v(o1)
    r.v(o1.pop('q'))
    r(o1.pop, 'q')
    r.v(o1.pop('q', 'dflt'))
    r.v(o1.setdefault('n', 7))
    r.v(o1)
    r.v(o1.copy())
    r.v(isinstance(o1, dict))
    r.v(type(o1).__hash__)  # hash() message names 'collections.OrderedDict' in C
    rec = OD(a=1)
    rec['self'] = rec
    r.v(rec)
    o3 = OD()
    o3.update([('x', 1)], y=2)
    o3.update({'z': 3})
    r.v(o3)
    r.v(len(o3))
    del o3['x']
    r.v(o3)
    r(o3.__delitem__, 'x')
    r.v(od.keys() & {'a', 'zz'})
    r.v('a' in o3.keys())

    class LRU(OD):
        def __setitem__(self, k, v):
            super().__setitem__(k, v)
            self.move_to_end(k)
            if len(self) > 2:
                self.popitem(last=False)
    l = LRU()
    for k in 'abcab':
        l[k] = k.upper()
    r.v(l)
    l2 = LRU([('p', 1), ('q', 2), ('r', 3)])
    r.v(l2)


@check('collections')
def chainmap(M, r):
    c = M.collections
    a = {'x': 1, 'y': 2}
    b = {'y': 20, 'z': 30}
    cm = c.ChainMap(a, b)
    r.v(cm)
    r.v(list(cm))
    r.v(list(cm.items()))
    r.v((cm['y'], cm['z'], len(cm), 'z' in cm, bool(cm), cm.get('w', 0)))
    r(lambda: cm['w'])
    cm['w'] = 5
    r.v(a)
    r(cm.__delitem__, 'z')
    r(cm.pop, 'z')
    r.v(cm.pop('w'))
    child = cm.new_child()
    r.v(child)
    r.v(child.parents)
    r.v(cm.new_child({'q': 1}, r=2))
    r.v(c.ChainMap())
    r.v(bool(c.ChainMap()))
    r(c.ChainMap({}).popitem)
    r.v(cm | {'n': 1})
    r.v({'n': 1} | cm)
    r.v(c.ChainMap.fromkeys('ab', 1))
    r.v(cm.copy())
    cm2 = c.ChainMap({})
    cm2.maps[0]['me'] = cm2
    r.v(cm2)
    r.v(cm == {'x': 1, 'y': 2, 'z': 30})
    r.v(cm.keys())
    r.v(cm.values())
    cm.clear()
    r.v(cm)


@check('collections')
def userdict_list_string(M, r):
    c = M.collections
    ud = c.UserDict({'a': 1}, b=2)
    r.v(ud)
    r.v((len(ud), ud['a'], ud.get('zz', 5), 'b' in ud, list(ud), ud.data))
    r(lambda: ud['zz'])
    ud['c'] = 3
    del ud['a']
    r.v(ud)
    r.v(ud | {'q': 1})
    r.v({'q': 1} | ud)
    ud |= {'r': 2}
    r.v(ud)
    r.v(ud.copy())
    r.v(type(ud.copy()).__name__)
    r.v(c.UserDict.fromkeys('xy'))
    r.v(ud.pop('r'))
    r.v(ud.popitem())
    r.v(ud.setdefault('k', 'v'))
    r.v(ud == {'c': 3, 'k': 'v'})
    r.v(ud.keys())
    r.v(ud.items())

    class D(c.UserDict):
        def __missing__(self, key):
            return key * 2
    r.v(D()['ab'])
    r.v(D(x=1).copy())

    ul = c.UserList([3, 1, 2])
    r.v(ul)
    ul.append(5)
    ul.sort()
    r.v(ul)
    r.v(ul[1:])
    r.v(type(ul[1:]).__name__)
    r.v(ul + [9])
    r.v([9] + ul)
    r.v(ul * 2)
    ul += (7,)
    r.v(ul)
    r.v((ul == [1, 2, 3, 5, 7], ul < [2], len(ul), 3 in ul, ul.index(5), ul.count(1)))
    ul.reverse()
    r.v(ul)
    r.v(ul.pop())
    ul.remove(7)
    r.v(ul)
    r(ul.remove, 100)
    ul.extend(c.UserList([0]))
    ul.insert(0, -1)
    r.v(ul)
    r.v(ul.copy())
    r.v(list(reversed(ul)))
    ul.clear()
    r.v(ul)
    r.v(c.UserList())
    r.v(c.UserList('abc'))

    us = c.UserString('Hello World')
    r.v(us)
    r.v(str(us))
    r.v(us.upper())
    r.v(type(us.upper()).__name__)
    r.v(us.split())
    r.v(us[1:4])
    r.v(type(us[0]).__name__)
    r.v(us + '!')
    r.v('>' + us)
    r.v(us * 2)
    r.v((len(us), 'World' in us, us == 'Hello World', us < 'Z', us.find('o'), us.count('o'),
         us.startswith('He'), us.isalpha(), hash(us) == hash('Hello World')))
    r.v(us.replace('o', '0'))
    r.v(c.UserString(42))
    r.v(c.UserString('%s-%s') % ('a', 'b'))
    r.v(us.center(15, '*'))
    r.v(us.partition(' '))
    r.v(us.encode())
    r.v(us.zfill(15))
    r.v(us.title())
    r.v(int(c.UserString('12')))


@check('collections')
def collections_misc(M, r):
    c = M.collections
    r.v(sorted(c.__all__))
    r.v(c.deque([1, 2], maxlen=3))
    r.v(c.defaultdict(list))
    r.v(c.OrderedDict.__module__)
    r.v(repr(c.Counter))
    r.v(repr(c.ChainMap))
    r.v(c.Counter.__mro__[1:])
    r.v(c.UserDict.__mro__[1:][0].__name__)
    r.v([k.__name__ for k in c.UserList.__mro__])
    r.v([k.__name__ for k in c.UserString.__mro__])
    r.v([k.__name__ for k in c.ChainMap.__mro__])
    r.v(type(c.abc).__name__)


@check('collections.abc')
def abc_isinstance(M, r):
    A = M.get('collections.abc')
    names = ['Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized',
             'Container', 'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping',
             'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView',
             'Sequence', 'MutableSequence', 'Awaitable', 'Coroutine', 'AsyncIterable',
             'AsyncIterator', 'AsyncGenerator']

    def gen():
        yield 1

    async def co():
        pass

    class It:
        def __iter__(self): return self
        def __next__(self): raise StopIteration

    class OnlyLen:
        def __len__(self): return 0

    class NoHash:
        __hash__ = None

    class Call:
        def __call__(self): pass

    coro = co()
    d = {'a': 1}
    values = [1, 'ab', b'x', bytearray(b'x'), [1], (1,), {1}, frozenset(), d, d.keys(),
              d.values(), d.items(), range(3), iter([]), iter(()), iter(''), iter({}),
              gen(), coro, len, lambda: 0, It(), OnlyLen(), NoHash(), Call(), None, 1.5,
              memoryview(b''), type.__dict__, reversed([]), zip(), map(str, []), object()]
    for v in values:
        r.v((type(v).__name__, [n for n in names if isinstance(v, getattr(A, n))]))
    for t in (list, dict, str, tuple, set, frozenset, bytes, int, type, object):
        r.v((t.__name__, [n for n in names if issubclass(t, getattr(A, n))]))
    coro.close()
    r(issubclass, 1, A.Iterable)
    r.v(sorted(A.__all__))
    r.v(repr(A.Mapping))
    r.v(A.Mapping.__module__)
    r.v(sorted(vars(A.Mapping)))
    r.v(sorted(vars(A.Sequence)))
    r.v(sorted(vars(A.Set)))
    r.v(sorted(vars(A.MutableMapping)))
    r.v(sorted(A.Mapping.__abstractmethods__))
    r.v(sorted(A.MutableSequence.__abstractmethods__))
    r.v(sorted(A.Generator.__abstractmethods__))
    r.v(A.Iterable[int])
    r.v(A.Mapping[str, int])
    r.v([k.__name__ for k in A.MutableMapping.__mro__])
    r.v([k.__name__ for k in A.Sequence.__mro__])
    r(A.Mapping)
    r(A.Sized)


@check('collections.abc')
def abc_mixins(M, r):
    A = M.get('collections.abc')

    class MySeq(A.Sequence):
        def __init__(self, *d): self.d = list(d)
        def __getitem__(self, i): return self.d[i]
        def __len__(self): return len(self.d)
    s = MySeq(1, 2, 3, 2)
    r.v((list(s), 2 in s, 9 in s, list(reversed(s)), s.index(2), s.index(2, 2), s.count(2)))
    r(s.index, 9)
    r(s.index, 2, -1)
    r(s.index, 1, 1, 3)
    r(s.index, 3, -3, -1)

    class MyMap(A.Mapping):
        def __init__(self, **kw): self.d = kw
        def __getitem__(self, k): return self.d[k]
        def __iter__(self): return iter(self.d)
        def __len__(self): return len(self.d)
        def __repr__(self): return 'MyMap(%r)' % self.d
    m = MyMap(a=1, b=2)
    r.v((m.get('a'), m.get('z'), 'a' in m, list(m.keys()), list(m.values()), list(m.items())))
    r.v(m.keys())
    r.v(m.items())
    r.v(m == {'a': 1, 'b': 2})
    r.v(m == MyMap(b=2, a=1))
    r.v(m.keys() & {'a', 'q'})
    r.v(m.keys() | {'q'} == {'a', 'b', 'q'})
    r.v(m.keys() - {'a'})
    r.v({'a'} - m.keys())
    r.v(('a', 1) in m.items())
    r.v(2 in m.values())
    r.v(m.keys() == {'a', 'b'})
    r.v(m.keys() < {'a', 'b', 'c'})
    r.v(len(m.keys()))
    r(lambda: reversed(m))
    r(lambda: hash(m))

    class MyMut(A.MutableMapping):
        def __init__(self): self.d = {}
        def __getitem__(self, k): return self.d[k]
        def __setitem__(self, k, v): self.d[k] = v
        def __delitem__(self, k): del self.d[k]
        def __iter__(self): return iter(self.d)
        def __len__(self): return len(self.d)
    mm = MyMut()
    mm.update({'a': 1}, b=2)
    mm.update([('c', 3)])
    r.v(mm.d)
    r.v(mm.setdefault('d', 4))
    r.v(mm.pop('a'))
    r(mm.pop, 'a')
    r.v(mm.pop('a', None))
    r.v(mm.popitem())
    mm.clear()
    r.v(mm.d)
    r(mm.popitem)

    class MySet(A.MutableSet):
        def __init__(self, it=()): self.s = list(dict.fromkeys(it))
        def __contains__(self, x): return x in self.s
        def __iter__(self): return iter(self.s)
        def __len__(self): return len(self.s)
        def add(self, x):
            if x not in self.s: self.s.append(x)
        def discard(self, x):
            if x in self.s: self.s.remove(x)
        def __repr__(self): return 'MySet(%r)' % self.s
    a = MySet([1, 2, 3])
    b = MySet([3, 4])
    r.v((a & b, a | b, a - b, b - a, a ^ b, a <= b, a == MySet([3, 2, 1]), a.isdisjoint(b)))
    r.v(a & [2, 9])
    r.v([2, 9] & a)
    r.v(a - [1])
    r.v([1, 5] - a)
    r(lambda: a & 1)
    r.v(a._hash() == hash(frozenset([1, 2, 3])))
    r.v(MySet()._hash() == hash(frozenset()))
    r.v(MySet(['a', 'b'])._hash() == hash(frozenset(['a', 'b'])))
    a |= [7]
    r.v(a)
    a &= [1, 7, 2]
    r.v(a)
    a ^= [1, 8]
    r.v(a)
    a -= [8]
    r.v(a)
    r.v(a.pop())
    a.remove(7)
    r(a.remove, 7)
    r.v(a)
    a.clear()
    r(a.pop)

    class MyList(A.MutableSequence):
        def __init__(self): self.l = []
        def __getitem__(self, i): return self.l[i]
        def __setitem__(self, i, v): self.l[i] = v
        def __delitem__(self, i): del self.l[i]
        def __len__(self): return len(self.l)
        def insert(self, i, v): self.l.insert(i, v)
    ml = MyList()
    ml.append(1)
    ml.extend([2, 3, 4])
    ml += [5]
    ml.reverse()
    r.v(ml.l)
    r.v(ml.pop())
    r.v(ml.pop(0))
    ml.remove(3)
    r.v(ml.l)
    r(ml.remove, 99)
    ml.extend(ml)
    r.v(ml.l)
    ml.clear()
    r.v(ml.l)

    class Incomplete(A.Sequence):
        pass
    r(Incomplete)


@check('abc')
def abc_module(M, r):
    abc = M.abc

    class Shape(abc.ABC):
        @abc.abstractmethod
        def area(self): ...

    class Shape2(metaclass=abc.ABCMeta):
        @abc.abstractmethod
        def area(self): ...
        @property
        @abc.abstractmethod
        def name(self): ...
        @classmethod
        @abc.abstractmethod
        def make(cls): ...

    r(Shape)
    r(Shape2)
    r.v(sorted(Shape2.__abstractmethods__))
    r.v(Shape.__abstractmethods__)

    class Sq(Shape):
        def area(self): return 4
    r.v(Sq().area())
    r.v(Sq.__abstractmethods__)

    class Half(Shape2):
        def area(self): return 1
    r(Half)

    class Old(abc.ABC):
        @abc.abstractproperty
        def p(self): ...
        @abc.abstractclassmethod
        def c(cls): ...
        @abc.abstractstaticmethod
        def s(): ...
    r(Old)
    r.v(sorted(Old.__abstractmethods__))

    class Reg(abc.ABC):
        pass

    class Other:
        pass
    r.v(issubclass(Other, Reg))
    r.v(Reg.register(Other) is Other)
    r.v((issubclass(Other, Reg), isinstance(Other(), Reg)))
    r.v(Reg.register(int))
    r.v(isinstance(3, Reg))
    r.v(isinstance(True, Reg))
    r(Reg.register, 3)
    r(lambda: Other.register)

    class RegSub(Reg):
        pass
    r(RegSub.register, Reg)
    r.v(isinstance(RegSub(), Reg))

    class Hook(abc.ABC):
        @classmethod
        def __subclasshook__(cls, C):
            if cls is Hook:
                return hasattr(C, 'quack')
            return NotImplemented

    class Duck:
        def quack(self): pass
    r.v((isinstance(Duck(), Hook), isinstance(1, Hook), issubclass(Duck, Hook)))
    r.v(type(abc.get_cache_token()).__name__)
    r.v(type(Shape).__name__)
    r.v(abc.ABC.__slots__)
    r.v(sorted(n for n in dir(abc) if not n.startswith('_')))

    class Up(abc.ABC):
        @abc.abstractmethod
        def f(self): ...

    class Impl(Up):
        pass
    r(Impl)
    Impl.f = lambda self: 1
    abc.update_abstractmethods(Impl)
    r.v(Impl().f())
    r.v(abc.abstractmethod(lambda: 0).__isabstractmethod__)

    class Many(abc.ABC):
        @abc.abstractmethod
        def b(self): ...
        @abc.abstractmethod
        def a(self): ...
        @abc.abstractmethod
        def c(self): ...
    r(Many)
    r.v(sorted(vars(Shape)))
