# weakref callbacks when objects die in a garbage cycle: callbacks run only for weakrefs that survive;
# weakrefs are cleared before finalizers run.
import gc
import weakref

log = []


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append("__del__ " + self.name + " (weakref to self dead: %s)" % (self.wr() is None))


def cb(ref):
    log.append("callback")


gc.collect()
a = Node("a")
b = Node("b")
a.other, b.other = b, a
a.wr = weakref.ref(a)
b.wr = weakref.ref(b)
external = weakref.ref(a, cb)
del a, b
print("collect ->", gc.collect())
for line in log:
    print(" ", line)
print("external weakref dead:", external() is None)
log.clear()
print("weakref that is itself part of the garbage: callback not called")
c = Node("c")
c.wr = weakref.ref(c)
c.cbref = weakref.ref(c, cb)
c.me = c
del c
print("collect ->", gc.collect())
print(" ", log)
log.clear()
print("callbacks of several surviving weakrefs, newest first:")
e = Node("e")
e.wr = weakref.ref(e)
e.me = e
refs = [weakref.ref(e, lambda r, i=i: log.append("cb%d" % i)) for i in range(3)]
del e
gc.collect()
print(" ", log)
log.clear()
print("refcount death: callbacks newest first, then __del__? order:")
f = Node("f")
f.wr = weakref.ref(f)
keep = [weakref.ref(f, lambda r, i=i: log.append("cb%d" % i)) for i in range(2)]
del f
print(" ", log)
