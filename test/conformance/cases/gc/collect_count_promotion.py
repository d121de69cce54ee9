# Collection counts: collect(n) zeroes counts 0..n and adds one to count n+1.
import gc

gc.disable()
gc.collect()
print("start:", gc.get_count())
for i in range(12):
    gc.collect(0)
print("after 12 x collect(0):", gc.get_count())
gc.collect(1)
print("after collect(1):", gc.get_count())
for i in range(3):
    gc.collect(1)
print("after 3 x collect(1):", gc.get_count())
gc.collect(2)
print("after collect(2):", gc.get_count())
x = [[] for _ in range(5)]
c = gc.get_count()
gc.collect(0)
print("5 lists then collect(0):", c[0] > 0, gc.get_count())
gc.enable()
