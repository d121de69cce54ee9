# gc.collect(generation): which generations a collection examines, and promotion of survivors.
import gc


def garbage(n):
    for _ in range(n):
        a = []
        a.append(a)


gc.collect()
gc.disable()
garbage(5)
print("collect(0) with 5 young cycles ->", gc.collect(0))
garbage(3)
keep = []
keep.append(keep)
print("collect(0) with 3 young cycles and 1 live one ->", gc.collect(0))
print("survivor promoted to gen 1 after collect(0):", any(o is keep for o in gc.get_objects(1)))
del keep
print("collect(0) does not see a gen-1 cycle ->", gc.collect(0))
print("collect(1) finds it ->", gc.collect(1))
keep = []
keep.append(keep)
gc.collect(1)
print("survivor of collect(1) is in gen 2:", any(o is keep for o in gc.get_objects(2)))
del keep
print("collect(1) does not see it ->", gc.collect(1))
print("collect(2) finds it ->", gc.collect(2))
garbage(4)
print("collect() with 4 young cycles ->", gc.collect())
print("collect(generation=1) keyword ->", gc.collect(generation=1))
try:
    gc.collect(3)
except ValueError as e:
    print("collect(3):", e)
try:
    gc.collect(-1)
except ValueError as e:
    print("collect(-1):", e)
gc.enable()
