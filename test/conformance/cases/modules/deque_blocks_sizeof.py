# collections.deque: CPython's 64-slot block layout seen through sys.getsizeof (216 + 528 per block + GC
# head): growth at either end, the extend/extendleft space heuristics, re-centering when emptied, rotation.
import sys
from collections import deque
d = deque()
print(sys.getsizeof(d), d.__sizeof__())
sizes = []
for i in range(200):
    d.append(i)
    sizes.append(sys.getsizeof(d))
print(sorted(set(sizes)), [sizes.index(s) for s in sorted(set(sizes))])
for n in (0, 1, 62, 63, 64, 126, 127, 128, 200):
    print(n, sys.getsizeof(deque(range(n))), sys.getsizeof(deque().__class__(range(n), maxlen=n + 1)))
left = deque()
for i in range(100):
    left.appendleft(i)
print(sys.getsizeof(left), left[0], left[-1])
el = deque()
el.extendleft(range(63))
print(sys.getsizeof(el))
el.extendleft([1])
print(sys.getsizeof(el))
one = deque([1])
one.pop()
print(sys.getsizeof(one))
for i in range(40):
    one.append(i)
print(sys.getsizeof(one))
q = deque(range(130))
for step in (1, 5, -7, 64, -64, 65, 1000, -1000):
    q.rotate(step)
    print(step, q[0], q[-1], q[64], sys.getsizeof(q))
while q:
    q.popleft()
    if len(q) in (100, 66, 65, 64, 2, 1, 0):
        print(len(q), sys.getsizeof(q))
m = deque(range(10), maxlen=3)
print(m, sys.getsizeof(m))
