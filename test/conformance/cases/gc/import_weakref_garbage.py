# importing weakref imports _weakrefset and, on 3.12+, types, whose module code leaves one class (_C) as
# cyclic garbage: 3.13's first collection finds its 7 objects (3.12 collects them during the import)
import gc

print(gc.collect())
import weakref
print(gc.collect())
print(gc.collect())
print(weakref.WeakSet.__module__, weakref.WeakSet[int])
ws = weakref.WeakSet()
class K:
    pass
k = K()
ws.add(k)
print(len(ws), k in ws)
del k
print(len(ws))
