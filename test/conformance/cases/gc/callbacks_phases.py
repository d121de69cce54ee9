# gc.callbacks: each collection calls every callback with ("start", info) then ("stop", info); info has
# generation, collected and uncollectable.
import gc

log = []


def cb(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"], sorted(info)))


gc.collect()
gc.callbacks.append(cb)
gc.collect(0)
x = []
x.append(x)
del x
gc.collect(1)
for _ in range(3):
    d = {}
    d["d"] = d
del d
gc.collect()
gc.callbacks.remove(cb)
gc.collect()
for entry in log:
    print(entry)
print("callbacks left:", len(gc.callbacks))
