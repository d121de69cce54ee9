# vars() and dir() on user classes and instances.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    """Child doc."""
    child_attr = 2
    def __init__(self):
        self.inst = 3
        self._private = 4
    def child_method(self):
        pass
c = Child()
print(vars(c), c.__dict__ is vars(c))
print(sorted(k for k in vars(Child) if not k.startswith("__")), type(vars(Child)).__name__)
print(dir(c))
print([n for n in dir(Child) if not n.startswith("__")])
print(dir(Base))
class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class Custom:
    def __dir__(self):
        return ["b", "a", "c", "a"]
print(dir(Custom()))
def f():
    local_one = 1
    local_two = 2
    return sorted(dir())
print(f())
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
