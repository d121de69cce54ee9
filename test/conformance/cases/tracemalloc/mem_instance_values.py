# Where an instance's attribute storage is allocated: at creation (3.11 / 3.12: a values array sized by the
# class's shared keys, one slot smaller per instance; 3.13: inside the object itself), not at the first
# attribute store.  The dict object appears only when __dict__ is asked for or the shared keys are full
# (the values array is then freed, except 3.13's embedded values); __slots__ with __dict__ makes its dict at
# the first store on 3.13.  Per-line sizes and counts of what is still allocated at the end.
import gc
import tracemalloc


class Empty:
    pass


class Init:
    def __init__(self):
        self.x = 1


class Child(Init):
    pass


class SlotsDict:
    __slots__ = ("a", "__dict__")


class Wide:
    pass


gc.collect()
tracemalloc.start()
e1 = Empty()
e2 = Empty()
e1.p = 1
e1.q = 2
i1 = Init()
i2 = Init()
d1 = i1.__dict__
s1 = SlotsDict()
s1.z = 5
s2 = SlotsDict()
c1 = Child()
w1 = Wide()
for k in range(35): setattr(w1, "n%d" % k, k)
w2 = Wide()
e3 = Empty()
e3.k = 1; del e3.k
e1.__dict__["w"] = 1
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
snap = snap.filter_traces([tracemalloc.Filter(True, __file__)])
for stat in sorted(snap.statistics("lineno"), key=lambda s: s.traceback[0].lineno):
    print("line", stat.traceback[0].lineno, "size", stat.size, "count", stat.count)
