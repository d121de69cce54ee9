# Classes: class vs instance attributes, methods, __dict__, introspection.
class Dog:
    species = "canis"
    count = 0
    tricks = []
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def bark(self):
        return f"{self.name} says woof"
    def add_trick(self, t):
        self.tricks.append(t)
a = Dog("Rex")
b = Dog("Fido")
print(a.bark(), b.bark(), Dog.count, a.count, a.species)
a.species = "lupus"
print(a.species, b.species, Dog.species)
a.add_trick("roll")
print(b.tricks, Dog.tricks is a.tricks)
print(a.__dict__, sorted(k for k in Dog.__dict__ if not k.startswith("__")))
print(type(a).__name__, type(a) is Dog, isinstance(a, Dog), Dog.__name__, Dog.__qualname__, Dog.__module__)
print(Dog.bark(a), Dog.bark.__name__, type(a.bark).__name__, a.bark.__self__ is a, a.bark.__func__ is Dog.bark)
m = b.bark
b.name = "Buddy"
print(m())
a.new_attr = 42
print(a.new_attr, hasattr(b, "new_attr"))
del a.new_attr
print(hasattr(a, "new_attr"))
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, Empty.__bases__, Empty.__mro__, type(Empty).__name__)
class WithDoc:
    """A documented class."""
    def method(self):
        "method doc"
print(WithDoc.__doc__, WithDoc.method.__doc__, Empty.__doc__)
try:
    a.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Dog.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Dog()
except TypeError as e:
    print(type(e).__name__, e)
try:
    del a.nothing
except AttributeError as e:
    print(type(e).__name__, e)
