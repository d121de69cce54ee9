# __repr__, __str__, __eq__, __ne__ and their defaults/fallbacks.
class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency
    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"
    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)
m = Money(5)
print(m, repr(m), str(m), [m], {"k": m}, (m,), f"{m}", f"{m!r}", "%s|%r" % (m, m))
print(m == Money(5), m != Money(5), m == Money(5, "USD"), m == 5, m != "x", m in [Money(5)])
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return "only-str"
o = OnlyStr()
print(o, str(o), repr(o).startswith("<__main__.OnlyStr object at "))
class AlwaysEqual:
    def __eq__(self, other):
        return True
print(AlwaysEqual() == 1, 1 == AlwaysEqual(), AlwaysEqual() != 1, AlwaysEqual() in [None], [AlwaysEqual()].count(3))
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"Eq.__eq__({self.v}, {getattr(other, 'v', other)})")
        return NotImplemented
a, b = Eq(1), Eq(2)
print(a == b)
print(a != b)
print(a == a)
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__)
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
