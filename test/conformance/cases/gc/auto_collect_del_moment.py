# The exact moment automatic collections find garbage: __del__ of cyclic objects reports the loop step and
# the function that was running (3.11 collects inside the allocation, 3.12+ at the next eval-breaker check).
import gc

step = -1
where = "module"


class Cyc:
    def __init__(self, n):
        self.n = n
        self.me = self

    def __del__(self):
        print("  Cyc", self.n, "collected at step", step, "in", where)


def helper(n):
    global where
    where = "helper"
    Cyc(n)
    x = [n]
    where = "module"
    return x


gc.collect()
gc.set_threshold(7)
for step in range(20):
    if step % 2:
        helper(step)
    else:
        Cyc(step)
print("loop done")
gc.set_threshold(700)
gc.collect()
print("end")
