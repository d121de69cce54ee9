# Creating dataclass instances costs what CPython's exec-generated __init__ costs: tracemalloc totals for 100
# instances of plain, default, default_factory, frozen, slots=True and kw_only dataclasses; sizes; refcounts.
import tracemalloc, sys, gc
from dataclasses import dataclass, field
@dataclass
class Plain:
    x: int
    y: str
@dataclass
class Dflt:
    x: int
    y: int = 5
@dataclass
class Fac:
    x: int
    tags: list = field(default_factory=list)
@dataclass(frozen=True)
class Frz:
    x: int
    y: int
@dataclass(slots=True)
class Slt:
    x: int
    y: int
@dataclass(kw_only=True)
class Kwo:
    x: int
    y: int = 0
@dataclass
class Many:
    a: int
    b: int
    c: int
    d: int
    e: int = 0
def measure(make):
    gc.collect()
    tracemalloc.start()
    objs = [make(i) for i in range(100)]
    cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return cur, peak, sys.getsizeof(objs[0]), sys.getrefcount(objs[0])
print("plain", measure(lambda i: Plain(i, "s")))
print("plain kw", measure(lambda i: Plain(x=i, y="s")))
print("dflt", measure(lambda i: Dflt(i)))
print("fac", measure(lambda i: Fac(i)))
print("fac given", measure(lambda i: Fac(i, [])))
print("frz", measure(lambda i: Frz(i, i)))
print("slt", measure(lambda i: Slt(i, i)))
print("kwo", measure(lambda i: Kwo(x=i)))
print("many", measure(lambda i: Many(i, i, i, i, i)))
p = Plain(1, "a")
print(sys.getsizeof(p), sys.getsizeof(Slt(1, 2)), sys.getrefcount(Plain.__init__))
print(Plain.__init__.__qualname__, Plain.__init__.__annotations__, Dflt.__init__.__defaults__)
print(Fac.__init__.__defaults__, Kwo.__init__.__kwdefaults__, Plain.__init__.__closure__)
print(len(Fac.__init__.__closure__), len(Frz.__init__.__closure__))
try:
    Plain(1)
except TypeError as e:
    print(e)
try:
    Kwo(1)
except TypeError as e:
    print(e)
try:
    Frz(1, 2).x = 5
except AttributeError as e:
    print(type(e).__name__, e)
