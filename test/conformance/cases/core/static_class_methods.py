# staticmethod and classmethod.
class Date:
    fmt = "{y:04d}-{m:02d}-{d:02d}"
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    def __repr__(self):
        return type(self).__name__ + "(" + self.fmt.format(y=self.y, m=self.m, d=self.d) + ")"
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    @classmethod
    def kind(cls):
        return cls.__name__
class EuroDate(Date):
    fmt = "{d:02d}.{m:02d}.{y:04d}"
print(Date.from_string("2024-02-29"), EuroDate.from_string("2024-02-29"), EuroDate(2000, 1, 2).kind(), Date.kind())
print(Date.is_leap(1900), Date.is_leap(2000), Date(1, 1, 1).is_leap(2024), EuroDate.is_leap(2023))
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__, type(Date.is_leap).__name__, type(Date.kind).__name__)
print(Date.kind.__self__ is Date, EuroDate.kind.__self__ is EuroDate, Date.__dict__["is_leap"].__func__(2020))
class Counter:
    instances = 0
    def __init__(self):
        type(self).increment()
    @classmethod
    def increment(cls):
        cls.instances += 1
class Sub(Counter):
    pass
Counter(); Counter(); Sub()
print(Counter.instances, Sub.instances)
def plain(x):
    return x * 2
sm = staticmethod(plain)
print(sm(4) if callable(sm) else "not callable", sm.__func__ is plain)
class Holder:
    f = staticmethod(plain)
    g = plain
print(Holder.f(3), Holder().f(3), Holder.g(3))
try:
    Holder().g(3)
except TypeError as e:
    print(type(e).__name__, e)
