# gc.get_objects(generation): membership of specific objects as they age through the generations.
import gc


def where(obj):
    return [g for g in range(3) if any(o is obj for o in gc.get_objects(g))]


def in_all(obj):
    return any(o is obj for o in gc.get_objects())


gc.disable()
gc.collect()
lst = []
print("new list in generations:", where(lst), "in get_objects():", in_all(lst))
gc.collect(0)
print("after collect(0):", where(lst))
gc.collect(1)
print("after collect(1):", where(lst))
gc.collect(0)
print("after another collect(0) (stays old):", where(lst))
gc.collect()
print("after full collect:", where(lst))
n = 12345678
print("int not listed:", in_all(n))
d = {"a": 1}
print("untracked dict not listed:", in_all(d))
d["b"] = []
print("after becoming tracked:", where(d))
t = tuple([1, 2])
print("fresh tuple:", where(t))
gc.collect(0)
print("tuple of atomics after collect(0) (untracked):", where(t))
try:
    gc.get_objects(3)
except ValueError as e:
    print("get_objects(3):", e)
try:
    print("get_objects(-1) is everything:", len(gc.get_objects(-1)) == len(gc.get_objects()))
except ValueError as e:
    print("get_objects(-1):", e)
print("get_objects(None) is everything:", len(gc.get_objects(None)) == len(gc.get_objects()))
young = [[] for _ in range(5)]
print("5 new lists all in gen 0:", all(where(x) == [0] for x in young))
gc.enable()
