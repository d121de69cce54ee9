# 3.12+ run an automatic collection at the next eval-breaker check, and a Python function's RESUME is one:
# a collection scheduled by an allocation just before a call runs before the callee's first line.
# (3.11 collects inside the allocation.) gc.callbacks record where each collection happened.
import gc

where = "module"
log = []


def cb(phase, info):
    if phase == "start":
        log.append(where)


def enter(node):
    global where
    where = "inside enter"
    keep.append(node)


keep = []
gc.collect()
gc.set_threshold(50, 1000, 1000)
gc.callbacks.append(cb)
for i in range(400):
    where = "loop"
    enter([i])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(len(log), "collections")
print(sorted(set(log)))
