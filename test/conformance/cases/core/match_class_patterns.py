# match: class patterns (positional via __match_args__, keyword), builtins, dataclasses.
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
@dataclass
class Circle:
    center: Point
    radius: float
class Legacy:
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __repr__(self):
        return f"Legacy({self.a!r}, {self.b!r})"
def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(center=Point(x=cx), radius=r) if r > 10:
            return f"big circle cx={cx}"
        case Legacy(1, b):
            return f"legacy b={b}"
        case Legacy(a=a):
            return f"legacy a={a}"
        case int() | float() as num:
            return f"number {num}"
        case str(s):
            return f"string {s}"
        case list([int(), *_]):
            return "list starting with int"
        case dict(d) if not d:
            return "empty dict"
        case bool(b):
            return "bool can't reach"
        case _:
            return "something else"
for o in (Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(0, 0), 1.5), Circle(Point(4, 4), 20),
          Circle(Point(4, 4), 2), Legacy(1, "bee"), Legacy(7, 8), 42, 2.5, True, "txt", [1, "a"], ["a"], {}, {"k": 1}):
    print(repr(o), "->", where(o))
print(Point.__match_args__, Circle.__match_args__)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Legacy(1, 2):
        case Legacy(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
