# dataclasses: generated __init__/__repr__/__eq__, defaults, field(default_factory), asdict/astuple.
from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass
@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)
    secret: str = field(default="hidden", repr=False, compare=False)
    def total(self):
        return self.price * self.qty
a = Item("pen", 1.5, 4)
b = Item("pen", 1.5, 4, secret="different")
print(a, a.total(), a == b, a != Item("pen", 1.5), a.tags is not Item("x", 1).tags)
a.tags.append("office")
print(asdict(a), astuple(a), [f.name for f in fields(a)], is_dataclass(a), is_dataclass(Item), is_dataclass(5))
c = replace(a, qty=10)
print(c, c.tags is a.tags)
try:
    Item()
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
@dataclass
class Nested:
    item: Item
    count: int = 1
n = Nested(Item("cup", 3.0))
print(n, asdict(n))
print(Item.__init__.__doc__ is None, Item.__match_args__, Item.__dataclass_fields__["qty"].default)
@dataclass
class WithPost:
    w: int
    h: int
    area: int = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
print(WithPost(3, 4))
