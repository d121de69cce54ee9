# WeakKeyDictionary and WeakSet: entries vanish when keys/members die.
import gc
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "K%d" % self.n


wk = weakref.WeakKeyDictionary()
k1, k2, k3 = K(1), K(2), K(3)
wk[k1] = "one"
wk[k2] = "two"
wk[k3] = [k3]  # the value refers to its own key: keeps it alive
print("len:", len(wk))
del k1
print("after del k1:", sorted(wk, key=repr))
del k3
gc.collect()
print("value referencing its key keeps it alive:", sorted(wk, key=repr))
print("lookup by object:", wk[k2])
print("contains:", k2 in wk, K(2) in wk)
ws = weakref.WeakSet()
members = [K(i) for i in range(5)]
for m in members:
    ws.add(m)
del m
print("weakset len:", len(ws))
members.pop()
print("after one dies:", len(ws))
ws.add(K(99))
print("temporary member vanishes at once:", len(ws))
a = K(100)
a.me = a
ws.add(a)
del a
print("cyclic member before collect:", len(ws))
gc.collect()
print("after collect:", len(ws))
print("sorted members:", sorted(ws, key=repr))
ws2 = weakref.WeakSet(members[:2])
print("set operations:", sorted(ws & ws2, key=repr), len(ws | ws2), len(ws - ws2))
m = None
del members
print("all gone:", len(ws), len(ws2))
