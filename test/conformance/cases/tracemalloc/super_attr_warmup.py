# super() in a method: the first run of each LOAD_SUPER_ATTR (3.12+) makes a super object and binds the attribute;
# later runs are specialized (no super object; a slot wrapper such as object.__init__ is called unbound).
import tracemalloc, gc, sys
class Base:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
class B(Base):
    def __init__(self, v):
        super().__init__(v)
    def get(self):
        return super().get() + 1
class C:
    def __init__(self): super().__init__()
def once(make):
    gc.collect()
    tracemalloc.start()
    make()
    r = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return r
print(once(lambda: C()))
print(once(lambda: C()))
print(once(lambda: B(1)))
print(once(lambda: B(2)))
b = B(3)
print(once(lambda: b.get()), once(lambda: b.get()))
class D(B):
    def get(self):
        return super(D, self).get() * 2
d = D(4)
print(once(lambda: d.get()), once(lambda: d.get()), d.get())
print(sys.getrefcount(b), sys.getrefcount(B))
class E(Base):
    @property
    def p(self):
        return super().get
print(E(5).p(), type(E(6).p).__name__)
