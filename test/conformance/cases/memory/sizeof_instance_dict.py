# Instance __dict__ sizes as attributes are added (shared keys / inline values), and instance sizes.
import sys


def make_class(n):
    ns = {}
    src = "class K:\n    def __init__(self):\n" + "".join("        self.a%d = %d\n" % (i, i) for i in range(n)) + ("        pass\n" if n == 0 else "")
    exec(src, ns)
    return ns["K"]


for n in [0, 1, 2, 3, 5, 8, 10, 20, 30, 31, 40]:
    K = make_class(n)
    k = K()
    print("attrs", n, "instance", sys.getsizeof(k), "__dict__", sys.getsizeof(k.__dict__))


class Grow:
    pass


g = Grow()
sizes = []
for i in range(12):
    setattr(g, "attr%d" % i, i)
    sizes.append(sys.getsizeof(g.__dict__))
print("setattr one by one:", sizes)
print("instance size after 12 setattrs:", sys.getsizeof(g))
h = Grow()
h.attr0 = 0
print("second instance, 1 attr, shared keys:", sys.getsizeof(h.__dict__))
h.other = 1
print("diverging attr name:", sys.getsizeof(h.__dict__))


class Two:
    def __init__(self):
        self.x = 1
        self.y = 2


t = Two()
print("Two instance:", sys.getsizeof(t))
d = t.__dict__
print("materialised __dict__:", sys.getsizeof(d))
print("instance after __dict__ materialised:", sys.getsizeof(t))
t.z = 3
print("dict after 3rd attr:", sys.getsizeof(t.__dict__))
del t.x
print("dict after del attr:", sys.getsizeof(t.__dict__))
u = Two()
u.__dict__["w"] = 4
print("write through __dict__:", sys.getsizeof(u.__dict__))
v = Two()
vars(v).clear()
print("cleared __dict__:", sys.getsizeof(v.__dict__))
