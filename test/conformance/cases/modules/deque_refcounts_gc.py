# collections.deque: references held by a deque and its iterators, release order on clear()/del,
# maxlen eviction, and a deque cycle collected by gc.
import gc
import sys
from collections import deque


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


x = object()
print(sys.getrefcount(x))
d = deque([x, x])
print(sys.getrefcount(x))
it = iter(d)
print(sys.getrefcount(d))
del it
print(sys.getrefcount(d))
d.rotate(1)
d.extend([x] * 100)
print(sys.getrefcount(x))
d.clear()
print(sys.getrefcount(x))
d = deque([Noisy('a'), Noisy('b'), Noisy('c')])
print('clear')
d.clear()
print('evict')
b = deque(maxlen=2)
for n in 'pqrs':
    b.append(Noisy(n))
print('appendleft evicts right')
b.appendleft(Noisy('t'))
print('del')
del b
print('pop')
d = deque([Noisy('u')])
d.pop()
print('cycle')
gc.collect()
c = deque([Noisy('cyc')])
c.append(c)
del c
print('collected', gc.collect() > 0)
print('end')
