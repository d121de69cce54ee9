# collections.deque: both ends, maxlen, rotate, indexing, errors.
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); d.extend([5, 6]); d.extendleft([-1, -2])
print(d, len(d), d[0], d[-1], d[3])
print(d.pop(), d.popleft(), d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.count(2), d.index(3), 3 in d, list(reversed(d)), d.copy() == d)
d.remove(0); d.insert(1, "ins"); print(d)
d.reverse(); print(d)
d[0] = "first"; del d[1]; print(d)
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
print(bounded, bounded.maxlen)
bounded.appendleft("L"); print(bounded)
bounded.extend("xy"); print(bounded)
print(deque("abc") + deque("de"), deque([1]) * 3, deque(), deque(range(3), 2), deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]))
d.clear(); print(d, bool(d))
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(2), lambda: deque([1])[5], lambda: deque([1]).index(9), lambda: deque(maxlen=-1), lambda: deque([1], maxlen=1).insert(0, 2)):
    try:
        print(bad())
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
dq = deque([1, 2, 3])
try:
    for x in dq:
        dq.append(x)
except RuntimeError as e:
    print(type(e).__name__, e)
