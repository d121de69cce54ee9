# gc.get_objects(generation): a new container starts in generation 0 and moves one generation older with
# each collection that survives; a full collection keeps it in generation 2.
import gc


def where(o):
    return [g for g in range(3) if any(x is o for x in gc.get_objects(g))]


gc.disable()
gc.collect()
box = [1, 2]
print("new list:", where(box))
gc.collect(0)
print("after collect(0):", where(box))
gc.collect(0)
print("after another collect(0):", where(box))
gc.collect(1)
print("after collect(1):", where(box))
gc.collect(2)
print("after collect(2):", where(box))
young = {"k": []}
print("new dict with a list value:", where(young), "its list:", where(young["k"]))
gc.collect(1)
print("both after collect(1):", where(young), where(young["k"]))
gc.collect(0)
print("collect(0) leaves them:", where(young), where(young["k"]))
t = (box,)
print("tuple holding a list:", where(t))
gc.collect(0)
print("tuple after collect(0):", where(t))
print("ints are never tracked:", where(12345))
gc.enable()
