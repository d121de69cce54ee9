# sys._debugmallocstats() deltas around run-time strings and ints of known sizes.
import gc
import sys


def strings(n):
    return ["abc" + str(i).zfill(20) for i in range(n)]  # 23 ASCII chars each


def ints(base, n):
    return [base + i for i in range(n)]


big = 2**40
huge_base = big**10
gc.collect()
warm = [strings(1), ints(big, 1), ints(huge_base, 1)]  # first calls after a full collection
del warm
sys._debugmallocstats()
s = strings(100)
sys._debugmallocstats()
i2 = ints(big, 100)  # two-digit ints (32 bytes)
sys._debugmallocstats()
i14 = ints(huge_base, 100)  # 14-digit ints
sys._debugmallocstats()
del s, i2, i14
sys._debugmallocstats()
print("reports: 5")
