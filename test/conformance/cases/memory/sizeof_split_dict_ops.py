# sys.getsizeof of split instance dicts through dict operations: copy, merge, popitem, non-str keys, pop, update, setdefault, re-adding, replacing __dict__.
import sys
class A:
    def __init__(self):
        self.x = 1; self.y = 2
a = A()
d = a.__dict__
print("split", sys.getsizeof(d))
c = d.copy()
print("copy", sys.getsizeof(c), type(c))
c["newkey"] = 3
print("copy+key", sys.getsizeof(c), sys.getsizeof(d))
b = A()
print("b", sys.getsizeof(b.__dict__))
print("dict(d)", sys.getsizeof(dict(d)), sys.getsizeof({**d}))
e = A(); e.__dict__.popitem(); print("popitem", sys.getsizeof(e.__dict__))
f = A(); f.__dict__[1] = 2; print("intkey", sys.getsizeof(f.__dict__))
g = A(); g.__dict__.pop("x"); print("pop", sys.getsizeof(g.__dict__))
h = A(); h.__dict__.update(z=1); print("update", sys.getsizeof(h.__dict__))
i = A(); i.__dict__.setdefault("q", 1); print("setdefault", sys.getsizeof(i.__dict__))
j = A(); del j.x; j.x = 5; print("readd", sys.getsizeof(j.__dict__), list(j.__dict__))
class B: pass
bb = B(); bb.a = 1; print("B", sys.getsizeof(bb.__dict__))
bb2 = B(); bb2.__dict__ = {"a": 1}; print("assigned", sys.getsizeof(bb2.__dict__))
bb3 = B(); print("no attrs", sys.getsizeof(bb3.__dict__))
