# A lowered threshold (gc.set_threshold(3)) before an uncached import: the collections importlib's own
# allocations (module locks, bound methods, the spec) make due run inside the import, at its eval-breaker
# check points (3.12+) or at once (3.11); a gc.callbacks callback sees each one.
import gc

events = []


def cb(phase, info):
    if phase == "start":
        events.append(info["generation"])


gc.callbacks.append(cb)
gc.set_threshold(3)
import _tracemalloc
gc.set_threshold(700)
gc.callbacks.remove(cb)
print(len(events), events[:8])
print(gc.get_count())
