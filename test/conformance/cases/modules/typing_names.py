# typing names used in annotations and at runtime (no type checking happens).
from typing import Any, Optional, Union, List, Dict, Tuple, Callable, Iterable, Iterator, TypeVar, Generic, NamedTuple, TypedDict, Literal, Final, Protocol, cast, get_type_hints
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s: Stack[int] = Stack()
s.push(1); s.push("not checked")
print(s.pop(), s.pop(), Stack[int].__origin__ is Stack)
class Emp(NamedTuple):
    name: str
    id: int = 3
print(Emp("guido"), Emp._fields, Emp.__annotations__)
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "Blade Runner", "year": 1982}
print(m, type(m).__name__, Movie.__annotations__)
def f(a: Optional[int], b: Union[int, str], c: Callable[[int], str], d: Dict[str, List[Tuple[int, ...]]], e: Literal["x"] = "x") -> Iterator[Any]:
    yield a
print(get_type_hints(f))
print(cast(int, "still a str"), Optional[int], Union[int, str], List[int], Dict[str, int], Literal[1, 2], Callable[..., Any])
MAX: Final = 10
print(MAX, T, T.__name__)
class Closeable(Protocol):
    def close(self) -> None: ...
print(Closeable.__name__, isinstance(Union[int, str], type))
