# A builtin function (len, int.__new__) is a GC object to the collector: a dict holding one is tracked, and
# gc.collect() keeps a tuple of them tracked; builtin types are not GC objects (a dict of types is untracked).
import gc
d = {"f": len}
print(gc.is_tracked(d), gc.is_tracked({"t": int}), gc.is_tracked({"n": int.__new__}))
e = {"x": 1}
e["g"] = print
print(gc.is_tracked(e))
t1 = (len, 1)
t2 = (int, 1)
t3 = (int.__new__, "s")
gc.collect()
print(gc.is_tracked(t1), gc.is_tracked(t2), gc.is_tracked(t3))
print(gc.get_referents(int.__new__), gc.get_referents(int), gc.get_referents(()))
