# fuzz regression: property=leak kind=mutated seed=2794839141 version=3.11
# from: gc/freeze_cycles (duplicate-line, delete-token)
# problem when found:
#   found by the fixed-seed batch (npm test): 2 object(s) still alive after shutdown with nothing left to free them; e.g. dict (refcount 1), dict (refcount 1)
# Frozen cycles are ignored by collections until unfreeze; young garbage is still collected; freeze
# also hides objects from get_referrers.
import gc


class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)



gc.collect()
a = N("frozen-a")
b = N("frozen-b")
a.b, b.a = b, a
holder = [a]
gc.freeze()
print("referrers of a while frozen:", len(gc.get_referrers(a)))
del a, b, holder
print("collect ->", gc.collect())
c = N()
c.c = c
del c
print("collect ->", gc.collect())
gc.unfreeze()
print("after unfreeze collect ->", gc.collect())
