# set_threshold / get_threshold: partial updates, threshold 0 disabling automatic collection, and the
# counts seen while allocating.
import gc

gc.collect()
print("default:", gc.get_threshold())
gc.set_threshold(50)
print("one arg:", gc.get_threshold())
gc.set_threshold(50, 3)
print("two args:", gc.get_threshold())
gc.set_threshold(50, 3, 4)
print("three args:", gc.get_threshold())
gc.set_threshold(0)
before = gc.get_stats()[0]["collections"]
junk = []
for i in range(3000):
    junk.append([i])
print("threshold 0: automatic collections:", gc.get_stats()[0]["collections"] - before)
print("count grows past any threshold:", gc.get_count()[0] >= 3000)
del junk
gc.set_threshold(100, 10, 10)
before = gc.get_stats()[0]["collections"]
keep = []
for i in range(1000):
    keep.append([i])
print("threshold 100: gen0 collections:", gc.get_stats()[0]["collections"] - before)
print("count after:", gc.get_count())
for bad in [("x",), (1, 2, 3, 4)]:
    try:
        gc.set_threshold(*bad)
    except TypeError as e:
        print(type(e).__name__)
gc.set_threshold(700, 10, 10)
