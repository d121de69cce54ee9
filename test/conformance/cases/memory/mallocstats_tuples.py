# sys._debugmallocstats() deltas around tuples of size 3 (the tuple freelist keeps up to 2000 per size).
import gc
import sys

gc.collect()
src = [1, 2, 3]
sys._debugmallocstats()
tuples = [tuple(src) for _ in range(300)]
sys._debugmallocstats()
# 300 tuples of size 3 (24 + 3*8 bytes + 16-byte GC header -> 64-byte class)
del tuples
sys._debugmallocstats()
# freed: all 300 kept on the size-3 freelist
pairs = [tuple(src[:2]) for _ in range(50)]
sys._debugmallocstats()
# 50 pairs: size-2 tuples do not use the size-3 freelist
print("reports: 4")
