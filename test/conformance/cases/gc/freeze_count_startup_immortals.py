# gc.get_freeze_count() at a program's start: 3.12 keeps its start-up's tracked immortal objects (the
# tp_bases / tp_mro tuples of the static builtin types) in the permanent generation, because update_refs
# moves every immortal object it meets there. gc.unfreeze() puts them in the oldest generation; the next
# collection of that generation sends them back. 3.11 has no immortal objects, 3.13 untracks them.
import gc

print("at start:", gc.get_freeze_count())
gc.collect(0)
gc.collect(1)
print("after collect(0), collect(1):", gc.get_freeze_count())
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count())
gc.collect(1)
print("collect(1) does not see generation 2:", gc.get_freeze_count())
gc.collect()
print("a full collection moves them back:", gc.get_freeze_count())
import json, itertools, collections
print("imports add none:", gc.get_freeze_count())
gc.unfreeze()
gc.collect(2)
print("collect(2) after unfreeze:", gc.get_freeze_count())
gc.unfreeze()
keep = [[] for _ in range(4)]
gc.freeze()
n = gc.get_freeze_count()
gc.unfreeze()
gc.disable()
gc.freeze()
print("freeze takes them with the rest:", gc.get_freeze_count() == n)
gc.unfreeze()
gc.enable()
print("after the last unfreeze:", gc.get_freeze_count())
