# dataclasses: frozen, order, unsafe_hash, slots, kw_only, inheritance, InitVar, ClassVar.
from dataclasses import dataclass, field, FrozenInstanceError, InitVar, KW_ONLY
from typing import ClassVar
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 0)]
print(sorted(vs), max(vs), Version(1) < Version(1, 0, 1), len(set(vs)), hash(Version(1, 2)) == hash(Version(1, 2)))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
@dataclass
class Base:
    x: int
    y: int = 0
@dataclass
class Derived(Base):
    z: int = 5
print(Derived(1), Derived(1, 2, 3), Derived.__mro__[1].__name__)
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
print(Opts(level=3))
try:
    Opts(True, 3)
except TypeError as e:
    print(type(e).__name__, e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
print(Mixed(1, b=5))
@dataclass
class Counter:
    total: ClassVar[int] = 0
    name: str
    start: InitVar[int] = 0
    value: int = field(init=False, default=0)
    def __post_init__(self, start):
        self.value = start * 10
        Counter.total += 1
print(Counter("a", 2), Counter("b"), Counter.total)
@dataclass(slots=True)
class Slim:
    a: int
    b: str = "s"
s = Slim(1)
print(s, hasattr(s, "__dict__"), Slim.__slots__)
@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), Ident(1) != Ident(1))
@dataclass(unsafe_hash=True)
class H:
    v: int
print(hash(H(3)) == hash(H(3)), H.__hash__ is not None)
@dataclass
class Unhashable:
    v: int
print(Unhashable.__hash__)
@dataclass(repr=False)
class NoRepr:
    v: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object"))
