# gc.disable() stops automatic collection; gc.enable() lets the next trigger collect everything pending.
import gc

step = -1
log = []


class Cyc:
    def __init__(self, n):
        self.n = n
        self.me = self

    def __del__(self):
        log.append((self.n, step))


gc.collect()
gc.set_threshold(5)
gc.disable()
for step in range(40):
    Cyc(step)
print("while disabled, collected:", len(log))
print("count[0] > threshold:", gc.get_count()[0] > 5)
gc.enable()
for step in range(40, 45):
    Cyc(step)
print("after enable, collected:", len(log))
print("first collection at step:", log[0][1] if log else None)
print("objects finalized in first collection:", sum(1 for n, s in log if s == log[0][1]) if log else 0)
gc.disable()
gc.collect()
print("total finalized:", len(log))
gc.set_threshold(700, 10, 10)
gc.enable()
