# gc.is_tracked for tuples: created tracked, untracked by a collection when all items can never be in a
# cycle; a tuple holding a container stays tracked.
import gc

gc.collect()
n = 7
atoms = (n, "text", None, 1.5)
nested = (atoms, (n, n))
holder = (n, [n])
empty = ()
print("atoms before collect:", gc.is_tracked(atoms))
print("nested before collect:", gc.is_tracked(nested))
print("holder before collect:", gc.is_tracked(holder))
print("empty tuple:", gc.is_tracked(empty))
gc.collect(0)
print("atoms after collect(0):", gc.is_tracked(atoms))
print("nested after collect(0):", gc.is_tracked(nested))
print("holder after collect(0):", gc.is_tracked(holder))
outer = (nested, n)
print("new tuple of untracked tuples:", gc.is_tracked(outer))
gc.collect()
print("after full collect:", gc.is_tracked(outer))
holder[1].clear()
gc.collect()
print("holder whose list emptied (a list is always tracked):", gc.is_tracked(holder))
