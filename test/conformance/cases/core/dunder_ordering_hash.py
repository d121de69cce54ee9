# Rich comparisons, reflected comparisons, __hash__ and dict/set usage.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __hash__(self):
        return hash(self.parts)
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), min(vs), Version("1.0") < Version("1.0.1"))
print(Version("2.0") > Version("1.9"), Version("2.0") >= Version("2.0"))
print({Version("1.0"): "a", Version("1.0"): "b"}, len({Version("3.1"), Version("3.1")}))
class Ordered:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("gt called", self.v, other.v)
        return self.v > other.v
x, y = Ordered(1), Ordered(2)
print(x < y)
try:
    x <= y
except TypeError as e:
    print(type(e).__name__, e)
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
d = {Key(1): "one", Key(2): "two"}
print(d[Key(2)], len(d), Key(1) in d, Key(3) in d)
class Default:
    pass
a = Default()
print(hash(a) == hash(a), a == a, a != Default(), {a: 1}[a])
class ChildNoHash(Version):
    def __eq__(self, o):
        return False
print(ChildNoHash.__hash__)
class Reflect:
    def __eq__(self, other):
        return "Reflect.__eq__"
    def __lt__(self, other):
        return "Reflect.__lt__"
print(1 == Reflect(), 1 > Reflect(), "s" < Reflect() if False else Reflect() < 3)
