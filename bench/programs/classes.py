# Classes and methods: instances, attribute access, inheritance, properties, dunder methods.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vector(self.x * k, self.y * k)

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return self.name + ":" + str(self.area())


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"


acc = Vector(0, 0)
for i in range(60000):
    acc = acc + Vector(i % 7, i % 11).scale(2)
print(acc.x, acc.y, acc.norm2)

shapes = []
for i in range(30000):
    shapes.append(Rect(i % 13, i % 5) if i % 2 else Square(i % 9))
total = 0
for s in shapes:
    total += s.area()
print(total, shapes[7].describe(), shapes[8].describe())
