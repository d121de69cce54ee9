# __del__ order when an instance's attribute values are released: by the class's shared-key order (the
# values array's index), not by the order this instance set them, for an instance freed with its values,
# with a materialised __dict__, and by __dict__.clear().
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class C:
    pass
a = C()
a.x = D("a.x"); a.y = D("a.y")
b = C()
b.y = D("b.y"); b.z = D("b.z"); b.x = D("b.x")
del b
print("--")
c = C()
c.z = D("c.z"); c.x = D("c.x")
c.__dict__
del c
print("--")
d = C()
d.y = D("d.y"); d.x = D("d.x")
d.__dict__.clear()
print("--")
e = C()
e.y = D("e.y"); e.x = D("e.x")
del e.y
e.y = D("e.y2")
del e
print("end")
