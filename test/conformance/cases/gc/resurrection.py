# Resurrection from __del__ (PEP 442): the object survives, __del__ is not called again.
import gc

saved = []


class Phoenix:
    calls = 0

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Phoenix.calls += 1
        print("  __del__", self.name, "call", Phoenix.calls)
        saved.append(self)


gc.collect()
p = Phoenix("plain")
del p
print("resurrected by refcount path:", [o.name for o in saved])
p = saved.pop()
del p
print("second death: no __del__, calls =", Phoenix.calls)
print("in a cycle:")
a = Phoenix("a")
b = Phoenix("b")
a.other, b.other = b, a
del a, b
print("collect ->", gc.collect())
print("saved:", sorted(o.name for o in saved))
print("partner links intact:", saved[0].other is saved[1], saved[1].other is saved[0])
saved.clear()
print("collect after dropping them ->", gc.collect(), "calls =", Phoenix.calls)
print("is_finalized:")
q = Phoenix("q")
q.self = q
print("  before:", gc.is_finalized(q))
del q
gc.collect()
q = saved.pop()
print("  after resurrection:", gc.is_finalized(q))
del q.self
del q
print("  calls =", Phoenix.calls)
