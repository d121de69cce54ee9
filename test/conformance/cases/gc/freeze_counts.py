# gc.freeze moves every tracked object to the permanent generation; get_count and get_freeze_count after
# freeze, collect and unfreeze (deltas only: start-up objects vary).
import gc

gc.disable()
gc.collect()
gc.collect(0)
gc.collect(0)
print("count before freeze:", gc.get_count())
base = gc.get_freeze_count()
gc.freeze()
c = gc.get_count()
print("count right after freeze:", c)
print("generations empty:", [len(gc.get_objects(g)) for g in range(3)])
lst = [[] for _ in range(5)]
print("frozen count unchanged by new objects:", gc.get_freeze_count() - base > 0)
gc.collect(0)
gc.collect(1)
print("count after collect(0), collect(1):", gc.get_count())
frozen = gc.get_freeze_count()
gc.freeze()
print("second freeze took the new objects:", gc.get_freeze_count() - frozen)
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count(), "count:", gc.get_count())
print("generation 2 has everything:", len(gc.get_objects(0)), len(gc.get_objects(1)), len(gc.get_objects(2)) > 0)
gc.enable()
