# sys._debugmallocstats() deltas around dicts: empty dicts, one-item dicts (keys objects), the dict freelist.
import gc
import sys

gc.collect()
sys._debugmallocstats()
empties = [{} for _ in range(200)]
sys._debugmallocstats()
# 200 empty dicts (they share the empty keys object)
del empties
sys._debugmallocstats()
# freed: 80 stay on the dict freelist
ones = [{"k": i} for i in range(100)]
sys._debugmallocstats()
# 100 one-item dicts: dict objects + their own keys tables
del ones
sys._debugmallocstats()
# freed one-item dicts (3.13 also keeps keys objects on a freelist)
print("reports: 5")
