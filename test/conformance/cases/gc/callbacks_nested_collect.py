# gc.collect() called from a gc callback returns 0 at once (a collection is already running); a callback
# that allocates and creates cycles does not start another collection.
import gc

results = []


def cb(phase, info):
    if phase == "start":
        junk = []
        junk.append(junk)
        results.append(("nested collect", gc.collect()))


gc.collect()
gc.callbacks.append(cb)
a = []
a.append(a)
del a
print("outer collect ->", gc.collect())
gc.callbacks.remove(cb)
print(results)
print("the callbacks' own cycles are collected later ->", gc.collect())
