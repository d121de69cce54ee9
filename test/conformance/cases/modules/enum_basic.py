# enum: Enum, auto, IntEnum, StrEnum, iteration, lookup, unique, aliases.
from enum import Enum, IntEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED == 1, Color.RED == Color.RED, isinstance(Color.GREEN, Color), type(Color.RED).__name__, Color.__members__.keys())
print({c: c.value for c in Color}, Color.RED in Color, hash(Color.RED) == hash(Color.RED))
class Weekday(IntEnum):
    MON = auto()
    TUE = auto()
    WED = auto()
print(Weekday.TUE, repr(Weekday.TUE), Weekday.TUE + 1, Weekday.WED > Weekday.MON, sorted([Weekday.WED, Weekday.MON]), int(Weekday.WED), [d.value for d in Weekday])
class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)
print(Planet.EARTH.gravity, Planet.MERCURY.value, Planet.EARTH.mass)
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    def describe(self):
        return f"{self.name.lower()}#{self.value}"
    @classmethod
    def default(cls):
        return cls.CIRCLE
print(Shape.SQUARE.describe(), Shape.default(), f"{Shape.CIRCLE}", f"{Weekday.MON}", str(Weekday.MON), format(Color.BLUE))
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["PURPLE"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    from enum import StrEnum
    class Mode(StrEnum):
        READ = auto()
        WRITE = "w"
    print(Mode.READ, Mode.WRITE, Mode.READ == "read", Mode.WRITE.upper())
except ImportError as e:
    print("no StrEnum")
