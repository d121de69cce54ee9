# WeakValueDictionary entries disappear when their cyclic values are collected; entries whose values are
# still referenced stay.
import gc
import weakref


class Val:
    def __init__(self, n):
        self.n = n
        self.me = self


gc.collect()
wvd = weakref.WeakValueDictionary()
keep = []
for i in range(6):
    v = Val(i)
    wvd[i] = v
    if i % 2 == 0:
        keep.append(v)
del v
print("before collect:", len(wvd), sorted(wvd.keys()))
print("collect ->", gc.collect())
print("after collect:", len(wvd), sorted(wvd.keys()))
keep.clear()
print("collect ->", gc.collect())
print("all gone:", len(wvd), list(wvd.items()))
