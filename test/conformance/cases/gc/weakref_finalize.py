# weakref.finalize: runs once when the object dies (refcount or gc), explicit call, detach, alive, atexit.
import gc
import weakref


class Res:
    def __init__(self, name):
        self.name = name


def cleanup(name, *extra):
    print("  cleanup", name, extra)


r = Res("r1")
f = weakref.finalize(r, cleanup, "r1", "extra-arg")
print("alive:", f.alive)
del r
print("after del, alive:", f.alive)
r = Res("r2")
f2 = weakref.finalize(r, cleanup, "r2")
print("explicit call returns:", f2())
print("second call returns:", f2())
print("alive after call:", f2.alive)
del r
print("no second cleanup on death")
r = Res("r3")
f3 = weakref.finalize(r, cleanup, "r3")
print("detach:", f3.detach()[0] is r, f3.detach())
del r
print("detached: nothing ran")
r = Res("r4")
r.me = r
f4 = weakref.finalize(r, cleanup, "r4")
del r
print("cyclic object, before collect, alive:", f4.alive)
gc.collect()
print("after collect, alive:", f4.alive)
print("peek:")
r = Res("r5")
f5 = weakref.finalize(r, cleanup, "r5")
obj, func, args, kwargs = f5.peek()
print("  peek:", obj is r, func is cleanup, args, kwargs)
print("atexit default:", f5.atexit)
order = [Res("a"), Res("b"), Res("c")]
fs = [weakref.finalize(x, cleanup, x.name) for x in order]
print("list of three cleared (last to first):")
order.clear()
keep = Res("at-exit")
weakref.finalize(keep, cleanup, "at-exit")
print("end of program; r5 and at-exit are finalized at exit")
