# Arithmetic dunders: __add__, __radd__, __iadd__, __sub__, __mul__, __neg__, __abs__, NotImplemented dispatch.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd with", o)
        return self + o
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a @ b, b / 2, b // 2, b % 2, a ** 2, -a, +a, abs(b), a + 1, 1 + a)
print(sum([a, b], Vec(0, 0)), sum([a, b]))
c = a
c += b
print(c, a, c is a)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, v):
        self.items.append(v)
        return self
    def __repr__(self):
        return f"Acc{self.items}"
acc = Acc()
alias = acc
acc += 1
acc += "two"
print(acc, alias is acc)
class Broken:
    def __iadd__(self, v):
        return None
bb = Broken()
bb += 1
print(bb)
for f in (lambda: a + "s", lambda: "s" + a, lambda: a * a, lambda: a < b, lambda: ~a, lambda: a - 1):
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class Sub(Vec):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(Vec(1, 1) + Sub(2, 2))
class Num:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __int__(self):
        return self.v * 100
    def __float__(self):
        return 0.5
print([10, 20, 30][Num(1)], bin(Num(5)), hex(Num(255)), int(Num(2)), float(Num(1)), range(Num(3)), "ab" * Num(2))
