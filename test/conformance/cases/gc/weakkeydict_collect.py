# WeakKeyDictionary and WeakSet entries of cyclic objects vanish at collection time.
import gc
import weakref


class Key:
    def __init__(self, n):
        self.n = n
        self.me = self

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return self is other


gc.collect()
wkd = weakref.WeakKeyDictionary()
ws = weakref.WeakSet()
kept = Key(100)
wkd[kept] = "kept"
ws.add(kept)
for i in range(4):
    k = Key(i)
    wkd[k] = i * 10
    ws.add(k)
del k
print("sizes before:", len(wkd), len(ws))
print("collect ->", gc.collect())
print("sizes after:", len(wkd), len(ws))
print("remaining:", [(k.n, v) for k, v in wkd.items()], [k.n for k in ws])
