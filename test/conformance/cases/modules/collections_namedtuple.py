# collections.namedtuple: fields, defaults, _make, _replace, _asdict, subclassing.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=10), Point._make([5, 6]), tuple(p), p == (1, 2), len(p))
x, y = p
print(x + y, isinstance(p, tuple), type(p).__name__, Point.__name__, hash(p) == hash((1, 2)))
Person = namedtuple("Person", "name age city", defaults=["Unknown"])
print(Person("Ann", 30), Person._field_defaults, Person("Bo", 5, "Oslo").city)
Renamed = namedtuple("Renamed", ["ok", "def", "ok", "_x"], rename=True)
print(Renamed._fields)
class Vec(namedtuple("VecBase", "x y")):
    __slots__ = ()
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
print(Vec(3, 4).norm(), Vec(1, 2) + Vec(3, 4), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
for bad in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: p._replace(z=1), lambda: namedtuple("Bad", ["class"]), lambda: namedtuple("Bad", ["a", "a"]), lambda: setattr(p, "x", 5)):
    try:
        print(bad())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
