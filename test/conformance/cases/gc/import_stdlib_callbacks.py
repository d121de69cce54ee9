# gc.callbacks hear the automatic collections an import runs, with what they collected
import gc

seen = []
def cb(phase, info):
    if phase == "stop":
        seen.append((info["generation"], info["collected"]))
gc.callbacks.append(cb)
junk = [[] for _ in range(300)]
import enum
import dataclasses
gc.callbacks.remove(cb)
print(seen)
print(gc.get_count(), gc.collect())
