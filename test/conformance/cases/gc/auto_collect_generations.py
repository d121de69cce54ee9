# Automatic collections escalate: every threshold1 young collections trigger a generation-1 collection,
# then generation 2 (subject to the long-lived ratio). Recorded with gc.callbacks.
import gc

log = []
i = -1


def cb(phase, info):
    if phase == "stop":
        log.append((i, info["generation"], info["collected"]))


gc.collect()
gc.set_threshold(10, 2, 2)
gc.callbacks.append(cb)
survivors = []
for i in range(150):
    node = [i]
    node.append(node)
    if i % 3 == 0:
        survivors.append(node)
del node
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(len(log), "collections")
for entry in log:
    print("  at", entry[0], "gen", entry[1], "collected", entry[2])
print("count:", gc.get_count())
