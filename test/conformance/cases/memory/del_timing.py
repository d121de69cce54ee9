# When __del__ runs: del, reassignment, function return, container release order.
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


print("del a name:")
a = D("a")
del a
print("reassignment:")
b = D("b1")
b = D("b2")
print("after reassignment (b2 alive)")
print("alias keeps it alive:")
c = D("c")
c2 = c
del c
print("  after del c")
del c2
print("function return releases locals:")


def f():
    x = D("local x")
    y = D("local y")
    z = D("local z")
    print("  returning")


f()
print("after f()")
print("returned object survives:")


def g():
    keep = D("returned")
    drop = D("dropped")
    return keep


r = g()
print("after g()")
del r
print("list items released last to first:")
lst = [D("l0"), D("l1"), D("l2")]
del lst
print("tuple items:")
tup = (D("t0"), D("t1"), D("t2"))
tup = None
print("dict values in insertion order:")
d = {"k1": D("d1"), "k2": D("d2"), "k3": D("d3")}
del d
print("set of one:")
s = {D("s0")}
s.clear()
print("nested containers:")
n = [D("outer0"), [D("inner0"), D("inner1")], D("outer2")]
del n
print("expression temporary:")
D("temp").name
print("after temporary")
print("list.pop():")
lst = [D("p0"), D("p1")]
lst.pop()
print("  popped")
lst.clear()
print("slice deletion:")
lst = [D("q0"), D("q1"), D("q2"), D("q3")]
del lst[1:3]
print("  after slice del")
lst = None
print("attribute replaced:")


class Holder:
    pass


h = Holder()
h.attr = D("attr1")
h.attr = D("attr2")
h.other = D("other")
print("  deleting holder")
del h
print("b2 still alive, end of program")
