# from __future__ import annotations (PEP 563): annotations are stored as source strings, never evaluated.
from __future__ import annotations
import sys
x: list[int] = [1]
y: Undefined.Name[int, ...]
def f(a: int, /, b: "str" = "s", *args: tuple[int, ...], c: 1 + 2 * 3 = 0, **kw: dict[str, Any]) -> Optional[int]:
    local: NotEvaluated = 1
    return local
class C:
    attr: ClassVar[int] = 0
    other: lambda x: x ** -2
    def m(self) -> C:
        return self
print(__annotations__)
print(f.__annotations__)
print(C.__annotations__)
print(C.m.__annotations__)
print(f(1))
print(f.__code__.co_flags & 0x1000000 != 0, C.m.__code__.co_flags & 0x1000000 != 0)
print(type(__annotations__['x']).__name__)
