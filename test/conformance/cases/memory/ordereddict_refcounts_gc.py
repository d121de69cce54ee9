# collections.OrderedDict: reference counts of keys and values (each node holds a reference to its key),
# GC tracking, cycles through an OrderedDict, and the order in which dealloc releases things (instance
# __dict__, nodes and their keys, then the dict's entries).
import sys, gc
from collections import OrderedDict

class K:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        return isinstance(other, K) and self.name == other.name
    def __repr__(self):
        return 'K(%s)' % self.name
    def __del__(self):
        print('del key', self.name)

class V:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'V(%s)' % self.name
    def __del__(self):
        print('del value', self.name)

k = K('a')
v = V('a')
base_k, base_v = sys.getrefcount(k), sys.getrefcount(v)
od = OrderedDict()
od[k] = v
print(sys.getrefcount(k) - base_k, sys.getrefcount(v) - base_v)
od[k] = v
print(sys.getrefcount(k) - base_k, sys.getrefcount(v) - base_v)
od.move_to_end(k)
it = iter(od)
print(sys.getrefcount(k) - base_k)
del it
items = list(od.items())
print(sys.getrefcount(k) - base_k, sys.getrefcount(v) - base_v)
del items
od.pop(k)
print(sys.getrefcount(k) - base_k, sys.getrefcount(v) - base_v)
del k, v

print(gc.is_tracked(OrderedDict()), gc.is_tracked(OrderedDict(a=1)))
e = OrderedDict(a=1)
gc.collect()
print(gc.is_tracked(e))

print('-- dealloc order')
o = OrderedDict()
for n in 'xyz':
    o[K(n)] = V(n)
o.move_to_end(K('x'))
del o
print('-- clear')
o = OrderedDict((K(n), V(n)) for n in 'pq')
o.clear()
print('-- popitem')
o[K('r')] = V('r')
o.popitem()
print('-- del item')
o[K('s')] = V('s')
del o[K('s')]
print('-- instance dict')
class MyOD(OrderedDict):
    pass
m = MyOD()
m.attr = V('attr')
m[K('m')] = V('m')
del m
print('-- cycle')
c = OrderedDict()
c['self'] = c
c[K('c')] = V('c')
wr = c
del c
print(gc.collect() >= 1)
del wr
print(gc.collect())
c2 = OrderedDict()
c2[K('c2')] = c2
del c2
print(gc.collect())
print('-- end')
