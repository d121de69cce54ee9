# Every class is GC-capable (type_new), so instances of a subclass of int, float, str, bytes, tuple or
# complex are tracked even though the base's own instances are not, and a cycle through such an
# instance's __dict__ is collected (as with IntEnum / StrEnum members, whose __dict__ refers to their class).
import gc

gc.collect()


class S(str):
    pass


class I(int):
    pass


class F(float):
    pass


class B(bytes):
    pass


class T(tuple):
    pass


class C(complex):
    pass


for o in (S("a"), I(5), F(1.5), B(b"x"), T((1,)), C(1j), S(), I()):
    print(type(o).__name__, gc.is_tracked(o))
print(gc.is_tracked("a"), gc.is_tracked(5), gc.is_tracked(1.5))
s = S("abc")
s.me = s
del s
print("str subclass cycle", gc.collect())
i = I(7)
i.me = [i]
del i
print("int subclass cycle", gc.collect())
f = F(2.5)
f.me = {"f": f}
del f
print("float subclass cycle", gc.collect())


class Color(I):
    members = []


for n in range(3):
    Color.members.append(Color(n))
del Color
print("class with its instances", gc.collect())
