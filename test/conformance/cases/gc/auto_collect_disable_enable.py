# gc.disable() stops automatic collection however much is allocated; after gc.enable() the next
# allocation over the threshold triggers it.
import gc

log = []
phase_name = "setup"


def cb(phase, info):
    if phase == "start":
        log.append((phase_name, info["generation"]))


gc.collect()
gc.set_threshold(25, 10, 10)
gc.callbacks.append(cb)
gc.disable()
phase_name = "disabled"
keep = [[i] for i in range(100)]
print("count while disabled:", gc.get_count())
gc.enable()
phase_name = "enabled"
keep2 = []
for i in range(3):
    keep2.append([i])
phase_name = "after"
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(log)
print("count:", gc.get_count())
