# collections.OrderedDict memory: sys.getsizeof / __sizeof__ (the dict, od_fast_nodes, one 32-byte node
# per key) while growing to 40 keys and shrinking, and tracemalloc's traced bytes of each step.
import sys, tracemalloc
from collections import OrderedDict

od = OrderedDict()
sizes = [sys.getsizeof(od)]
for i in range(40):
    od['k%d' % i] = i
    sizes.append(sys.getsizeof(od))
print(sizes)
print(od.__sizeof__(), dict.__sizeof__(od), type(od).__basicsize__)

# int keys (a general table) and deletions: the fast nodes follow the dict's table size
oi = OrderedDict()
out = []
for i in range(20):
    oi[i * 7] = None
    out.append(sys.getsizeof(oi))
for i in range(0, 20, 3):
    del oi[i * 7]
    out.append(sys.getsizeof(oi))
print(out)
oi.clear()
print(sys.getsizeof(oi), oi.__sizeof__())
oi[1] = 1
print(sys.getsizeof(oi))

tracemalloc.start()
def traced():
    return tracemalloc.get_traced_memory()[0]

keys = ['key%d' % i for i in range(30)]
s0 = traced()
t = OrderedDict()
steps = [traced() - s0]
for k in keys:
    t[k] = 0
    steps.append(traced() - s0)
print(steps)
steps = []
for k in keys[:10]:
    del t[k]
    steps.append(traced() - s0)
print(steps)
base = traced()
t.move_to_end(keys[15])
t.move_to_end(keys[20], last=False)
t.popitem()
t.popitem(last=False)
print(traced() - base, sys.getsizeof(t))
t.pop(keys[17])
t.setdefault('new', 1)
print(traced() - s0, sys.getsizeof(t))
t.clear()
print(traced() - s0, sys.getsizeof(t))
t['x'] = 1
print(traced() - s0, sys.getsizeof(t))
del t
print(traced() - s0)

# a subclass: same layout, its __dict__ made on first use
class MyOD(OrderedDict):
    pass
m = MyOD(a=1, b=2)
print(type(m).__basicsize__, sys.getsizeof(m), m.__sizeof__())
s1 = traced()
m.attr = 5
print(traced() - s1, sys.getsizeof(m.__dict__), m.__dict__)
o = OrderedDict.fromkeys('abc')
s1 = traced()
d = o.__dict__
print(traced() - s1, d, sys.getsizeof(d))
tracemalloc.stop()
