# sys._debugmallocstats() deltas (stderr) around creating and freeing 1000 empty lists.
# Compared on differences between consecutive reports: blocks in use per size class and freelist counts
# (marker file mallocstats_lists.compare). Nothing is printed between reports, so the deltas are exactly
# the program's own allocations.
import gc
import sys

gc.collect()  # empties every freelist, so the deltas do not depend on start-up state
sys._debugmallocstats()
sys._debugmallocstats()
# 1 -> 2: nothing allocated
lists = [[] for _ in range(1000)]
sys._debugmallocstats()
# 2 -> 3: 1000 empty lists + the outer list (its 8000-byte item array bypasses pymalloc)
del lists
sys._debugmallocstats()
# 3 -> 4: freed; the outer list and 79 inner lists go to the list freelist (80 max), the rest to pymalloc
again = [[] for _ in range(100)]
sys._debugmallocstats()
# 4 -> 5: 101 new lists, 80 of them from the freelist
print("reports: 5")
