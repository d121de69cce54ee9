# sys._debugmallocstats() deltas around class instances: plain, with attributes, with __slots__.
# Sizes differ per version (3.11 keeps a separate values array, 3.12 a pre-header, 3.13 inline values).
import gc
import sys


class Plain:
    pass


class TwoAttrs:
    def __init__(self):
        self.a = 1
        self.b = 2


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2


def make(cls, n):
    return [cls() for _ in range(n)]


warm = [make(Plain, 50), make(TwoAttrs, 50), make(Slotted, 50)]  # warm per-class caches and code paths
del warm
gc.collect()  # empties the freelists
warm = [make(Plain, 1), make(TwoAttrs, 1), make(Slotted, 1)]  # first calls after a full collection
del warm
sys._debugmallocstats()
p = make(Plain, 50)
sys._debugmallocstats()
t = make(TwoAttrs, 50)
sys._debugmallocstats()
s = make(Slotted, 50)
sys._debugmallocstats()
del p, t, s
sys._debugmallocstats()
print("reports: 5")
