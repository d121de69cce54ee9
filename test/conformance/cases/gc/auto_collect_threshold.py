# When automatic collection happens with a small gen-0 threshold: each __del__ reports the loop step.
# 3.11 collects inside the allocation that pushes count[0] over the threshold; 3.12+ at the next eval-breaker check.
import gc

step = -1


class Cyc:
    def __init__(self, n):
        self.n = n
        self.me = self

    def __del__(self):
        print("  collected Cyc", self.n, "at step", step)


gc.collect()
gc.set_threshold(10)
print("thresholds:", gc.get_threshold())
for step in range(30):
    Cyc(step)
print("loop done at step", step)
gc.collect()
print("after explicit collect")
gc.set_threshold(700, 10, 10)
