# tracemalloc of the instance dicts of classes derived from builtin types: the values array of a split dict
# (new_values, sized by the class's shared keys) allocated at the first attribute or the first read of
# __dict__, a combined dict's keys where the class has no shared keys, and what is freed with the instance.
import tracemalloc, gc

class L(list): pass
class I(int): pass
class D(dict): pass
class F(float): pass
class T(tuple): pass
class E(Exception): pass
class LL(L): pass

ARGS = {I: (5,), F: (1.5,), T: ((1, 2),)}
CLASSES = (L, I, D, F, T, E, LL)

objs = [cls(*ARGS.get(cls, ())) for cls in CLASSES for _ in range(3)]
# fill the dict, tuple and keys freelists so that every dict object below comes from them
junk = [{} for _ in range(200)] + [(i, i) for i in range(200)] + [{'k': i} for i in range(100)]
del junk
gc.disable()
tracemalloc.start()
now = lambda: tracemalloc.get_traced_memory()[0]
rows = []
for i in range(0, len(objs), 3):
    first, second, third = objs[i], objs[i + 1], objs[i + 2]
    a = now()
    first.a = 1
    b = now()
    first.b = 2
    c = now()
    d = second.__dict__
    e = now()
    second.a = 1
    f = now()
    third.c = 3
    g = now()
    rows.append([type(first).__name__, b - a, c - b, e - c, f - e, g - f])
    del d
for r in rows:
    print(*r)
a = now()
del objs[0:3]
b = now()
print('freed', b - a)
tracemalloc.stop()
