# gc.is_tracked of an instance's materialised __dict__ as attributes are stored: 3.13 stores obj.x = v into the
# values embedded in the object without re-tracking the dict (d['x'] = v and full shared keys do track it),
# and a full collection's untrack_dicts reads those values (a dict holding a list stays tracked).
import gc, sys
class E: pass
e = E()
d = e.__dict__
e.l = []
print(gc.is_tracked(d))
e2 = E()
d2 = e2.__dict__
d2["l"] = []
print(gc.is_tracked(d2))
e3 = E()
e3.a = 1
d3 = e3.__dict__
print(gc.is_tracked(d3))
e3.l = [1]
print(gc.is_tracked(d3))
e3.m = {}
print(gc.is_tracked(d3), sorted(d3))
class F: pass
for i in range(40):
    setattr(F, "x", 1)
f = F()
df = f.__dict__
for i in range(35):
    setattr(f, "a%d" % i, [i])
print(gc.is_tracked(df), len(df))
e4 = E()
e4.l = []
d4 = e4.__dict__
print(gc.is_tracked(d4))
e5 = E()
d5 = e5.__dict__
e5.l = []
gc.collect()
print(gc.is_tracked(d5))
del e5.l
e5.q = []
print(gc.is_tracked(d5), d5)
e6 = E(); d6 = e6.__dict__
setattr(e6, "l", ())
e6.__dict__.update(z=[])
print(gc.is_tracked(d6))

class E2: pass
e4 = E2()
e4.l = []
d4 = e4.__dict__
gc.collect()
print(gc.is_tracked(d4))
e4.l = 1
gc.collect()
print(gc.is_tracked(d4))
e = E2()
d = e.__dict__
e.me = e
e.data = [1, 2]
print(gc.is_tracked(d), gc.is_tracked(e))
del d, e
print(gc.collect())
class W:
    def __del__(self): print("W del")
w = W()
dw = w.__dict__
w.cyc = [w]
del w, dw
print("collected", gc.collect())
