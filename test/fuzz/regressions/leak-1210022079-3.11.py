# fuzz regression: property=leak kind=mutated seed=1210022079 version=3.11
# from: core/annotations (duplicate-token)
# problem when found:
#   found by the fixed-seed batch (npm test): 2 object(s) still alive after shutdown with nothing left to free them; e.g. tuple (refcount 1), dict (refcount 1)
# Annotations: __annotations__ on functions, classes and modules.
from typing import Optional, Union, List, Dict, Callable
x: int = 5
y: "forward ref"
names: list[str] = []
def greet(name: str, times: int = 1, *args: float, flag: bool = False, **kwkw: dict) -> str:
    return name * times
print(greet.__annotations__)
print(__annotations__)
class Config:
    debug: bool = False
    level: int
    tags: List[str]
    handler: Optional[Callable[[int], str]] = None
    mapping: Dict[str, Union[int, str]]
print(Config.__annotations__)
print(Config.debug, hasattr(Config, "level"))
def no_ann(a, b):
    pass
print(no_ann.__annotations__)
def ret_only() -> None:
    pass
print(ret_only.__annotations__)
def complex_ann(a: list[int] | None, b: tuple[int, ...]) -> dict[str, list[int]]:
    pass
print(complex_ann.__annotations__)
counter = 0
def side_effect():
    global counter
    counter += 1
    return int
def annotated(v: side_effect()) -> side_effect():
    pass
print(counter)
class Sub(Config):
    extra: float
print(Sub.__annotations__)
lam = lambda q: q
print(lam.__annotations__)
