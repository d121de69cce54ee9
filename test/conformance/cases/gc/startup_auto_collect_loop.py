# The first automatic collections of a program that never calls gc.collect(): a loop makes one reference
# cycle per iteration; a gc.callbacks callback records the iteration and generation of each collection.
import gc

events = []
i = -1


def cb(phase, info):
    if phase == "start" and len(events) < 6:
        events.append((i, info["generation"]))


gc.callbacks.append(cb)
for i in range(3000):
    a = {}
    a["self"] = a
    if len(events) >= 6:
        break
gc.callbacks.remove(cb)
for e in events:
    print("iteration", e[0], "generation", e[1])
