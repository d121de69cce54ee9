# gc.get_stats(): per-generation collections / collected / uncollectable, as deltas from a baseline.
import gc


def snapshot():
    return [(s["collections"], s["collected"], s["uncollectable"]) for s in gc.get_stats()]


def delta(before, after):
    return [tuple(a - b for a, b in zip(x, y)) for x, y in zip(after, before)]


gc.disable()
gc.collect()
base = snapshot()
print("keys:", [sorted(s) for s in gc.get_stats()])
gc.collect(0)
gc.collect(0)
print("two collect(0):", delta(base, snapshot()))
for _ in range(4):
    x = []
    x.append(x)
del x
gc.collect(0)
print("four cycles, collect(0):", delta(base, snapshot()))
a = {}
a["a"] = a
del a
gc.collect(1)
print("collect(1):", delta(base, snapshot()))
b = [[], []]
b[0].append(b)
del b
gc.collect(2)
print("collect(2):", delta(base, snapshot()))
gc.enable()
