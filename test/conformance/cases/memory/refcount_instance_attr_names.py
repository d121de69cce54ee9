# Reference counts of attribute-name strings: the class's shared keys hold one reference per name (also
# for a name only deleted), an instance's split dict none; a dict that leaves the shared keys (popitem,
# too many attributes) takes its own, and the class releases its names when it is freed.  (3.12's
# interned strings are immortal.)
import sys, gc
def nm(s):
    return sys.intern("attr_" + s)
names = [nm(str(i)) for i in range(40)]
rc = lambda: [sys.getrefcount(n) for n in names[:6]] + [sys.getrefcount(names[35])]
base = rc()
def show(label):
    print(label, [a - b for a, b in zip(rc(), base)])
class C:
    pass
a = C(); setattr(a, names[0], 1); setattr(a, names[1], 2)
b = C(); setattr(b, names[1], 1); setattr(b, names[2], 2)
show("two instances")
delattr(b, names[1])
show("delattr")
d = b.__dict__
d[names[3]] = 5
show("dict store")
d.pop(names[3])
show("dict pop")
d.setdefault(names[4], 1)
show("setdefault")
c = d.copy()
show("copy")
del c
k, v = d.popitem()
show("popitem")
del k, v
a.__dict__.clear()
show("clear")
m = C()
for i in range(35):
    setattr(m, names[i], i)
show("many")
del m
show("del many")
try:
    delattr(a, names[5])
except AttributeError:
    pass
show("del missing")
del a, b, d
gc.collect()
show("instances gone")
del C
gc.collect()
show("class gone")
# a split __dict__ keeps its class's shared keys (and their names) alive after the class is gone
n1 = sys.intern("zz_" + "name1")
b1 = sys.getrefcount(n1)
class E:
    pass
o = E()
setattr(o, n1, 1)
kept = o.__dict__
print("kept dict", sys.getrefcount(n1) - b1)
del o, E
gc.collect()
print("class gone", sys.getrefcount(n1) - b1, kept)
del kept
print("dict gone", sys.getrefcount(n1) - b1)
