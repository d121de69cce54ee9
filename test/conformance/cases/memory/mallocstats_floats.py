# sys._debugmallocstats() deltas around 500 floats (24 bytes -> the 32-byte size class) and the float freelist.
import gc
import sys

gc.collect()
base = 0.25
sys._debugmallocstats()
floats = [base * i for i in range(1, 501)]
sys._debugmallocstats()
# 500 floats allocated (plus the outer list object)
del floats
sys._debugmallocstats()
# freed: 100 go to the float freelist, 400 back to pymalloc
few = [base * i for i in range(1, 31)]
sys._debugmallocstats()
# 30 new floats come from the freelist
print("reports: 4")
