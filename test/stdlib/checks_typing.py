# typing checks
import sys


@check('typing')
def typing_reprs(M, r):
    t = M.typing
    T = t.TypeVar('T')
    KT = t.TypeVar('KT', covariant=True)
    VT = t.TypeVar('VT', contravariant=True)
    for v in (lambda: t.List[int], lambda: t.Dict[str, t.List[int]], lambda: t.Optional[int],
              lambda: t.Union[int, str], lambda: t.Union[int, t.Union[str, int]], lambda: t.Union[int],
              lambda: t.Union[int, None, str], lambda: t.Optional[t.Union[int, str]],
              lambda: t.Callable[[int, str], bool], lambda: t.Callable[..., int], lambda: t.Callable[[], None],
              lambda: t.Tuple[int, ...], lambda: t.Tuple[()], lambda: t.Tuple[int, str], lambda: t.Tuple,
              lambda: t.Any, lambda: t.List, lambda: t.Dict, lambda: t.Set[int], lambda: t.FrozenSet[str],
              lambda: t.Iterable[int], lambda: t.Iterator[str], lambda: t.Generator[int, None, None],
              lambda: t.Type[int], lambda: t.Literal[1, 'a', True], lambda: t.Literal[1, 1, 2],
              lambda: t.Final[int], lambda: t.ClassVar[t.List[int]], lambda: t.Annotated[int, 'meta', 2],
              lambda: T, lambda: KT, lambda: VT, lambda: t.AnyStr, lambda: t.List[T], lambda: t.List[T][int],
              lambda: t.Dict[str, T][float], lambda: t.Generic[T], lambda: t.Sequence[int],
              lambda: t.Mapping[str, int], lambda: t.MutableMapping, lambda: t.DefaultDict[str, int],
              lambda: t.Deque[int], lambda: t.Counter[str], lambda: t.OrderedDict[str, int],
              lambda: t.ChainMap[str, int], lambda: t.NoReturn, lambda: t.Never, lambda: t.Self,
              lambda: t.LiteralString, lambda: t.TypeAlias, lambda: t.Text, lambda: t.Hashable,
              lambda: t.Sized, lambda: t.Awaitable[int], lambda: t.AsyncIterator[int],
              lambda: t.Collection[int], lambda: t.Container[int], lambda: t.Reversible[int],
              lambda: t.AbstractSet[int], lambda: t.MutableSet[int], lambda: t.MutableSequence[int],
              lambda: t.KeysView[str], lambda: t.ItemsView[str, int], lambda: t.ValuesView[int],
              lambda: t.Coroutine[int, int, int], lambda: t.List['Foo'], lambda: t.Optional['X'],
              lambda: t.TYPE_CHECKING, lambda: t.List[int] | None, lambda: t.Optional[int] | str,
              lambda: t.Dict[int], lambda: t.List[int, str], lambda: t.Callable[int],
              lambda: t.Union[()], lambda: t.List[int][str]):
        r(v)


@check('typing')
def typing_runtime(M, r):
    t = M.typing
    r(lambda: t.get_origin(t.List[int]))
    r(lambda: t.get_origin(t.Union[int, str]) is t.Union)
    r(lambda: t.get_origin(int))
    r(lambda: t.get_origin(t.Annotated[int, 1]) is t.Annotated)
    r(lambda: t.get_args(t.Dict[str, int]))
    r(lambda: t.get_args(t.Callable[[int], str]))
    r(lambda: t.get_args(t.Callable[..., str]))
    r(lambda: t.get_args(t.Optional[int]))
    r(lambda: t.get_args(int))
    r(lambda: t.get_args(t.Annotated[int, 'x']))
    r(lambda: t.Optional[int] == t.Union[int, None])
    r(lambda: t.Union[int, str] == t.Union[str, int])
    r(lambda: t.List[int] == t.List[int])
    r(lambda: hash(t.List[int]) == hash(t.List[int]))
    r(lambda: isinstance([], t.List))
    r(lambda: isinstance([], t.List[int]))
    r(lambda: isinstance(1, t.Any))
    r(lambda: isinstance(1, t.Union[int, str]))
    r(lambda: isinstance(1.0, t.Optional[int]))
    r(lambda: issubclass(list, t.Sequence))
    r(lambda: isinstance({}, t.Mapping))
    r(lambda: isinstance(1, t.Hashable))
    r(lambda: t.List())
    r(lambda: t.Dict[str, int]())
    r(lambda: t.DefaultDict[str, int](list))
    r(lambda: t.Any())
    r(lambda: t.cast(int, 'x'))
    r(lambda: t.cast('int', 3))
    r(lambda: t.Optional())
    r(lambda: t.NewType('UserId', int))
    UserId = t.NewType('UserId', int)
    r(lambda: UserId(5))
    r(lambda: UserId.__supertype__)
    r(lambda: t.List.__origin__)
    r(lambda: t.List[int].__args__)
    r(lambda: t.List[int].__origin__)
    r(lambda: t.ForwardRef('X'))
    r(lambda: t.List['X'].__args__)
    r(lambda: t.Any.__class__.__name__)
    r(lambda: type(t.Union).__name__)

    @t.overload
    def f(x: int) -> int: ...
    @t.overload
    def f(x: str) -> str: ...
    def f(x):
        return x
    r(f, 3)
    r(lambda: t.overload(lambda: 0)())

    @t.final
    class Fin:
        pass
    r(lambda: Fin.__final__)
    r(lambda: t.assert_type(3, int))
    r(t.assert_never, 5)


@check('typing')
def typing_classes(M, r):
    t = M.typing
    T = t.TypeVar('T')
    S = t.TypeVar('S')

    class Box(t.Generic[T]):
        def __init__(self, v: T):
            self.v = v
    b = Box[int](3)
    r.v((b.v, Box[int], Box.__parameters__, Box.__mro__, type(b).__name__))
    r(lambda: Box[int, str])

    class Pair(t.Generic[T, S]):
        pass
    r.v((Pair[int, str], Pair.__parameters__))
    r(lambda: t.Generic[int])
    r(lambda: t.Generic())

    class MyList(t.List[int]):
        pass
    r.v((MyList.__mro__, MyList([1, 2])))

    class Point(t.NamedTuple):
        x: int
        y: float = 0.0
        def norm(self):
            return self.x + self.y
    p = Point(1)
    r.v((p, p.norm(), Point._fields, Point._field_defaults, Point.__annotations__, Point.__mro__,
         Point.__module__, isinstance(p, tuple), p._replace(y=2.5), p._asdict()))
    r(Point)
    r(Point, 1, 2, 3)

    def bad_nt():
        class Bad(t.NamedTuple):
            x: int = 0
            y: int
    r(bad_nt)

    def bad_nt2():
        class Bad(t.NamedTuple):
            x: int
            def _make(self):
                pass
    r(bad_nt2)
    E = t.NamedTuple('E', [('a', int), ('b', str)])
    r.v((E(1, 'x'), E.__annotations__, E._fields))
    E2 = t.NamedTuple('E2', a=int)
    r.v(E2(5))

    class Movie(t.TypedDict):
        title: str
        year: int
    m = Movie(title='x', year=1)
    r.v((m, type(m), Movie.__required_keys__, Movie.__optional_keys__, Movie.__total__,
         Movie.__annotations__, Movie.__mro__, type(Movie).__name__))
    r(lambda: isinstance(m, Movie))

    class Partial(Movie, total=False):
        rating: float
    r.v((sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__annotations__))

    class R(t.TypedDict, total=False):
        a: t.Required[int]
        b: t.NotRequired[str]
        c: int
    r.v((sorted(R.__required_keys__), sorted(R.__optional_keys__)))
    D = t.TypedDict('D', {'k': int})
    r.v((D(k=1), D.__annotations__, t.is_typeddict(D), t.is_typeddict(dict)))

    class Proto(t.Protocol):
        def meth(self) -> int: ...

    class Impl:
        def meth(self):
            return 1
    r(lambda: isinstance(Impl(), Proto))
    r(Proto)

    @t.runtime_checkable
    class RP(t.Protocol):
        def close(self) -> None: ...

    class C1:
        def close(self):
            pass
    r.v((isinstance(C1(), RP), isinstance(1, RP), issubclass(C1, RP)))
    r(t.runtime_checkable, int)
    r.v((isinstance(1, t.SupportsInt), isinstance('x', t.SupportsInt), isinstance(1.5, t.SupportsIndex)))

    class Ann:
        a: int
        b: 'str'
        c: t.List[int]
        d: t.ClassVar[int] = 3
    r.v(t.get_type_hints(Ann))

    def fn(x: int, y: 'float' = 1.0) -> None:
        pass
    r.v(t.get_type_hints(fn))
    r.v(t.get_type_hints(lambda: 0))
    r(t.get_type_hints, 3)

    class ProtoGen(t.Protocol[T]):
        def get(self) -> T: ...
    r.v(ProtoGen.__parameters__)
    r.v(ProtoGen[int])
