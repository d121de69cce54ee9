# Weak references to cyclic garbage: a weakref that is itself part of the garbage is cleared without its
# callback; a weakref that survives the collection gets its callback, after all the clearing.
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name


def cb_factory(label):
    def cb(wr):
        print("  callback", label, "ref dead:", wr() is None)

    return cb


gc.collect()
a = Obj("a")
b = Obj("b")
a.b = b
b.a = a
outside = weakref.ref(a, cb_factory("outside->a"))
a.inner = weakref.ref(b, cb_factory("inside a->b"))
outside_b = weakref.ref(b, cb_factory("outside->b"))
del a, b
print("collect ->", gc.collect())
print("outside refs dead:", outside() is None, outside_b() is None)
c = Obj("c")
c.self = c
wr_nocb = weakref.ref(c)
del c
print("collect ->", gc.collect(), "plain weakref dead:", wr_nocb() is None)
