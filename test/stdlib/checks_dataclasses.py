# dataclasses checks
import sys


@check('dataclasses')
def dc_basic(M, r):
    dc = M.dataclasses

    @dc.dataclass
    class Point:
        x: int
        y: int = 0
    p = Point(1, 2)
    r.v(p)
    r.v(Point(5))
    r.v((p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2)))
    r(Point)
    r(Point, 1, 2, 3)
    r(Point, 1, z=3)
    r(Point, 1, x=3)
    r(Point, y=1)
    r.v(Point(y=1, x=2))
    r.v(Point.__doc__)
    r.v(Point.__init__.__qualname__)
    r.v(Point.__init__.__name__)
    r.v(Point.__repr__.__qualname__)
    r.v(Point.__eq__.__qualname__)
    r.v(Point.__init__.__annotations__)
    r.v(Point.__match_args__)
    r.v(Point.__hash__)
    r(hash, p)
    r.v(Point.__dataclass_params__)
    r.v(list(Point.__dataclass_fields__))
    r.v([repr(f).split(',default=')[0] for f in dc.fields(Point)])
    r.v([(f.name, f.type, f.default is dc.MISSING, f.init, f.repr, f.hash, f.compare, f.kw_only,
          dict(f.metadata)) for f in dc.fields(p)])
    r.v(dc.asdict(p))
    r.v(dc.astuple(p))
    r.v(dc.replace(p, y=9))
    r(dc.replace, p, z=9)
    r.v((dc.is_dataclass(p), dc.is_dataclass(Point), dc.is_dataclass(1), dc.is_dataclass(int)))
    r(dc.fields, 1)
    r(dc.asdict, Point)
    r(dc.astuple, 3)
    r(dc.replace, 3)
    r.v(sorted(dc.__all__))
    r.v(repr(dc.MISSING).split(' at ')[0])
    r.v(repr(dc.KW_ONLY).split(' at ')[0])
    r.v(dc.InitVar[int])
    r.v(dc.InitVar['Q'])
    r.v(dc.InitVar[list[int]])
    r.v(Point.y)
    r(lambda: Point.x)
    match p:
        case Point(a, b):
            r.v(('m', a, b))


@check('dataclasses')
def dc_options(M, r):
    dc = M.dataclasses

    @dc.dataclass(order=True, frozen=True)
    class V:
        a: int
        b: str = 'z'
    v = V(1)
    r.v(v)
    r.v((V(1) < V(2), V(1, 'a') < V(1, 'b'), V(2) >= V(1), V(1) <= V(1), V(3) > V(2)))
    r(lambda: V(1) < 3)
    r.v(hash(v) == hash((1, 'z')))
    r(setattr, v, 'a', 3)
    r(setattr, v, 'new', 3)
    r(delattr, v, 'a')
    r.v(sorted([V(3), V(1, 'b'), V(1, 'a')]))
    r.v(V.__setattr__.__qualname__)
    r.v(V.__lt__.__qualname__)
    r.v(V.__hash__.__qualname__)
    r.v(isinstance(dc.FrozenInstanceError(), AttributeError))
    r(dc.dataclass(order=True, eq=False), type('X', (), {}))

    @dc.dataclass(eq=False)
    class NE:
        a: int
    r.v((NE(1) == NE(1), NE.__hash__ is object.__hash__))

    @dc.dataclass(unsafe_hash=True)
    class UH:
        a: int
        b: list = dc.field(default_factory=list, hash=False)
        c: int = dc.field(default=0, compare=False)
    r.v(hash(UH(1)) == hash((1,)))
    r.v(UH(1, [2], 3) == UH(1, [2], 4))

    def explicit():
        @dc.dataclass(unsafe_hash=True)
        class E:
            a: int
            def __hash__(self):
                return 1
    r(explicit)

    @dc.dataclass
    class EH:
        a: int
        def __hash__(self):
            return 7
    r.v(hash(EH(1)))

    @dc.dataclass(frozen=True, eq=False)
    class FNE:
        a: int
    r.v(FNE.__hash__ is object.__hash__)

    @dc.dataclass(repr=False, init=False)
    class NR:
        a: int = 1
    r.v(NR.__repr__ is object.__repr__)
    r.v(NR().a)
    r.v(NR.__doc__)

    @dc.dataclass(kw_only=True)
    class KO:
        a: int
        b: int = 2
    r.v(KO(a=1))
    r(KO, 1)
    r(KO)
    r.v(KO.__match_args__)
    r.v(KO.__doc__)

    @dc.dataclass
    class Mixed:
        a: int
        _: dc.KW_ONLY
        b: int
        c: int = 3
        d: int = dc.field(default=4, kw_only=False)
    r.v(Mixed(1, 9, b=2))
    r(Mixed, 1)
    r(Mixed, 1, 2, 3, b=1)
    r(Mixed, 1, 2, 3, b=1, c=2)
    r.v(Mixed.__doc__)
    r.v(Mixed.__match_args__)
    r.v([f.name for f in dc.fields(Mixed)])

    @dc.dataclass(match_args=False)
    class NMA:
        a: int
    r.v(hasattr(NMA, '__match_args__'))


@check('dataclasses')
def dc_fields(M, r):
    dc = M.dataclasses
    typing = M.typing

    @dc.dataclass
    class F:
        items: list = dc.field(default_factory=list)
        tag: str = dc.field(default='t', repr=False)
        hidden: int = dc.field(default=5, init=False)
        made: dict = dc.field(default_factory=dict, init=False)
        meta: int = dc.field(default=0, metadata={'unit': 'm'})
        cv: typing.ClassVar[int] = 10
        cv2: 'typing.ClassVar[int]' = 11
        iv: dc.InitVar[int] = 1

        def __post_init__(self, iv):
            self.seen = iv
    f = F()
    f2 = F()
    r.v(f)
    r.v((f.items is f2.items, f.hidden, f.made, f.seen, F.cv, F.cv2))
    r.v(F([1], 'x', iv=7).seen)
    r(F, hidden=1)
    r.v([x.name for x in dc.fields(F)])
    r.v(list(F.__dataclass_fields__))
    r.v(F.__dataclass_fields__['cv']._field_type)
    r.v(F.__dataclass_fields__['cv2']._field_type)
    r.v(F.__dataclass_fields__['iv']._field_type)
    r.v(F.__doc__)
    r.v(dc.fields(F)[4].metadata)
    r.v(dc.fields(F)[4].metadata['unit'])
    r.v(dc.replace(f, tag='q', iv=3).seen)
    r(dc.replace, f, hidden=2)
    r.v(F.__init__.__annotations__)

    def bad(ann, **ns):
        ns['__annotations__'] = ann
        return dc.dataclass(type('Bad', (), ns))
    r(bad, {'a': int, 'b': int}, a=1)
    r(bad, {'a': int, 'b': int, 'c': int}, b=2)
    r(bad, {'a': list}, a=[])
    r(bad, {'a': dict}, a={})
    r(bad, {'a': set}, a=set())
    r(bad, {}, a=dc.field(default=1))
    r(dc.field, default=1, default_factory=list)
    r(bad, {'a': typing.ClassVar[int]}, a=dc.field(default_factory=list))
    r(bad, {'a': typing.ClassVar[int]}, a=dc.field(default=1, kw_only=True))
    r(bad, {'a': dc.KW_ONLY, 'b': dc.KW_ONLY})
    r(bad, {'a': dc.InitVar[int]}, a=dc.field(default_factory=list))
    r.v(repr(bad({'a': int}, a=dc.field(default=1))(2)))

    @dc.dataclass
    class Unhashable:
        a: object = dc.field(default_factory=object)
    r.v(type(Unhashable().a).__name__)

    @dc.dataclass
    class Node:
        val: int
        children: list = dc.field(default_factory=list)
    n = Node(1, [Node(2), Node(3, [Node(4)])])
    r.v(n)
    r.v(dc.asdict(n))
    r.v(dc.astuple(n))
    r.v(dc.asdict(n, dict_factory=lambda kv: sorted(kv)))
    r.v(dc.astuple(n, tuple_factory=list))
    rec = Node(0)
    rec.children.append(rec)
    r.v(rec)
    Pt = M.collections.namedtuple('Pt', 'x y')

    @dc.dataclass
    class Holder:
        a: tuple
        b: dict
        c: object
    h = Holder((Node(1), Pt(Node(2), 3)), {'k': [Node(5)]}, M.collections.defaultdict(list, q=[1]))
    r.v(dc.asdict(h))
    r.v(dc.astuple(h))
    r.v(type(dc.asdict(h)['c']).__name__)


@check('dataclasses')
def dc_inherit(M, r):
    dc = M.dataclasses

    @dc.dataclass
    class Base:
        x: int = 0
        y: int = 1

    @dc.dataclass
    class Sub(Base):
        z: int = 5
        x: int = 10
    r.v(Sub())
    r.v(Sub(1, 2, 3))
    r.v([f.name for f in dc.fields(Sub)])
    r.v(Sub.__doc__)

    @dc.dataclass(frozen=True)
    class FB:
        a: int

    def nonfrozen_from_frozen():
        @dc.dataclass
        class S(FB):
            b: int
    r(nonfrozen_from_frozen)

    def frozen_from_nonfrozen():
        @dc.dataclass(frozen=True)
        class S(Base):
            b: int = 0
    r(frozen_from_nonfrozen)

    class Plain:
        pass

    @dc.dataclass(frozen=True)
    class FP(Plain):
        a: int
    r.v(FP(1))

    @dc.dataclass
    class WithInit:
        a: int
        def __init__(self, q, *, r=3):
            self.a = q + r
        def __repr__(self):
            return 'custom'
    r.v((WithInit(1), WithInit(1).a, WithInit.__doc__))

    @dc.dataclass
    class Slotted:
        a: int
        b: str = 'x'
    r.v(hasattr(Slotted(1), '__dict__'))

    @dc.dataclass(slots=True)
    class S2:
        a: int
        b: str = 'x'
    s = S2(1)
    r.v((s, S2.__slots__, hasattr(s, '__dict__'), S2.__qualname__.split('.')[-1]))
    r(setattr, s, 'zz', 1)

    @dc.dataclass(slots=True, frozen=True)
    class S3:
        a: int
    r.v(S3(1))
    r(setattr, S3(1), 'a', 2)
    r.v(M.copy.deepcopy(S3([1])))
    r(dc.dataclass(weakref_slot=True), type('W', (), {}))

    @dc.dataclass(slots=True, weakref_slot=True)
    class S4:
        a: int
    r.v(S4.__slots__)

    def already():
        @dc.dataclass(slots=True)
        class S5:
            __slots__ = ('a',)
            a: int
    r(already)

    @dc.dataclass
    class SelfField:
        self: int
    r.v(SelfField(3))
    r(SelfField)

    import abc

    @dc.dataclass
    class Abs(abc.ABC):
        a: int
        @abc.abstractmethod
        def f(self): ...
    r.v(sorted(Abs.__abstractmethods__))

    @dc.dataclass
    class Eqs:
        a: float
    nan = float('nan')
    r.v(Eqs(nan) == Eqs(nan))
    e = Eqs(nan)
    r.v(e == e)
    r.v(Eqs(1) == Eqs(1.0))

    @dc.dataclass
    class Empty:
        pass
    r.v((Empty(), Empty() == Empty(), Empty.__doc__))
    r(Empty, 1)

    @dc.dataclass
    class Many:
        a: int
        b: int
        c: int
        d: int = 1
    r(Many)
    r(Many, 1)
    r(Many, 1, 2, 3, 4, 5)
    r(Many, 1, 2, 3, 4, a=5)

    if sys.version_info >= (3, 13):
        r.v(Many(1, 2, 3).__replace__(b=7))
        r.v(Many.__replace__.__name__)


@check('dataclasses')
def dc_make(M, r):
    dc = M.dataclasses
    C = dc.make_dataclass('C', [('x', int), 'y', ('z', int, dc.field(default=5))],
                          namespace={'add': lambda self: self.x + self.z})
    c = C(1, 2)
    r.v((c, c.add(), C.__name__, [f.name for f in dc.fields(C)]))
    r(dc.make_dataclass, 'D', [('a', int, 1, 2)])
    r(dc.make_dataclass, 'D', ['a', 'a'])
    r(dc.make_dataclass, 'D', ['class'])
    r(dc.make_dataclass, 'D', ['1a'])
    F = dc.make_dataclass('F', ['a'], frozen=True, order=True)
    r.v(F(1) < F(2))
