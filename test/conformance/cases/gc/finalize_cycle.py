# weakref.finalize on objects that die in a cycle: the finalizer runs during gc.collect with its
# arguments; alive/detach/peek behave as documented.
import gc
import weakref


class Res:
    def __init__(self, name):
        self.name = name
        self.me = self


def report(name, extra=None):
    print("  finalizer for", name, "extra", extra)
    return name.upper()


gc.collect()
r1 = Res("r1")
r2 = Res("r2")
f1 = weakref.finalize(r1, report, "r1", extra=1)
f2 = weakref.finalize(r2, report, "r2")
print("alive:", f1.alive, f2.alive, "peek:", f1.peek()[2:])
print("detach f2:", f2.detach()[2:])
print("alive after detach:", f2.alive)
del r1, r2
print("collect ->", gc.collect())
print("alive after collect:", f1.alive, f2.alive)
print("calling a dead finalizer:", f1())
r3 = Res("r3")
f3 = weakref.finalize(r3, report, "r3")
print("explicit call:", f3(), "then alive:", f3.alive)
del r3
print("collect ->", gc.collect())
