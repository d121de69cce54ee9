# tracemalloc of array.array: the object and its separate item buffer, growth by realloc, frees.
import tracemalloc
from array import array
tracemalloc.start()
def used():
    return tracemalloc.get_traced_memory()[0]
base = used()
a = array('d', range(100))
print(used() - base)
base = used()
b = array('i', [0] * 1000)
print(used() - base)
base = used()
for i in range(50):
    b.append(i)
print(used() - base)
base = used()
del b
print(used() - base)
base = used()
c = array('b')
c.frombytes(bytes(600))
print(used() - base)
base = used()
c.extend(c)
print(used() - base)
base = used()
del c[:]
print(used() - base, len(c))
big = array('q', range(10000))
cur, peak = tracemalloc.get_traced_memory()
print(cur - base > 80000, peak >= cur)
snap = tracemalloc.take_snapshot()
stats = snap.statistics('lineno')
print(stats[0].traceback[0].lineno, stats[0].size)
tracemalloc.stop()
