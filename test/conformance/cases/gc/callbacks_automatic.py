# gc.callbacks tell when automatic collections happen while a loop allocates containers past threshold 0,
# and which generation each one collects.
import gc

events = []
step = -1


def cb(phase, info):
    if phase == "start":
        events.append((step, info["generation"]))


gc.collect()
gc.set_threshold(20, 3, 3)
gc.callbacks.append(cb)
keep = []
for step in range(200):
    keep.append([step])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(len(events), "automatic collections")
for e in events:
    print("  step", e[0], "generation", e[1])
