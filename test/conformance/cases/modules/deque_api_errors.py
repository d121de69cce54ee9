# collections.deque: indexing, comparison, copy, repetition, subclassing and the argument errors.
from collections import deque


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = deque([1, 2, 3])
t(lambda: d[1:2])
t(lambda: d['a'])
t(lambda: d[2**70])
t(lambda: d[-4])
t(lambda: (d[-1], d[-3]))
t(lambda: deque(1, 2, 3))
t(lambda: deque([], 'a'))
t(lambda: deque([], 2**70))
t(lambda: deque(x=1))
t(lambda: deque([], maxlen=None))
t(lambda: deque(iterable='ab', maxlen=1))
t(lambda: d + [1])
t(lambda: d * 'a')
t(lambda: d.index(1, 'a'))
t(lambda: d.index(1, 0, 1, 2))
t(lambda: d.index())
t(lambda: d.index(3, -1))
t(lambda: d.index(1, -100, 100))
t(lambda: d.insert('a', 1))
t(lambda: d.insert(1))
t(lambda: d.rotate('a'))
t(lambda: d.rotate(1, 2))
t(lambda: d.append())
t(lambda: d.append(1, 2))
t(lambda: d.pop(1))
t(lambda: d.count())
t(lambda: hash(d))
t(lambda: d < [1])
t(lambda: d == [1, 2, 3])
t(lambda: deque.maxlen)
t(lambda: type(iter(d)))
t(lambda: type(reversed(d)))
t(lambda: (deque.__module__, deque.__name__, deque.__qualname__))
d2 = deque([1])
d2.append(d2)
t(lambda: d2)
d3 = deque(range(5))
d3 += [5]
d3 *= 2
t(lambda: d3)
t(lambda: 2 * deque([1, 2]))
t(lambda: deque([1, 2], 3) * 2)
t(lambda: deque([[0]]) * 3)
t(lambda: deque('abc', 2).copy())
t(lambda: deque([1, 2]).__copy__())


class D(deque):
    pass


dd = D([1, 2], 5)
t(lambda: dd)
t(lambda: dd.copy())
t(lambda: type(dd + deque([3])))
t(lambda: D('xy') == deque('xy'))
e = deque([1, 2, 3])
it = iter(e)
next(it)
print(it.__length_hint__())
e.append(4)
t(lambda: next(it))
t(lambda: next(it))
r = reversed(deque([1, 2, 3]))
print(list(r), r.__length_hint__())
print(deque([1, 2, 3]) > deque([1, 2]), deque([1, 2]) <= deque([1, 2]), deque([1]) != deque([1]), deque([]) >= deque([]))
print(deque([1, 3]) > deque([1, 2, 9]), deque('ab') < deque('b'))
m = deque([1, 2, 3, 2])
print(m.index(2), m.index(2, 2), m.index(2, -1), m.count(2), m.remove(2), m)
m.reverse()
print(m)
z = deque(maxlen=0)
z.append(1)
z.extend([1, 2])
z.appendleft(3)
print(z, len(z))
x = deque([1, 2, 3], maxlen=3)
x.extendleft([9, 8])
print(x)
x.insert(1, 'no') if len(x) < 3 else print('full')
t(lambda: x.insert(0, 'no'))
big = deque(range(300))
del big[150]
big[0] = 'zero'
big.insert(200, 'mid')
big.remove(299)
print(len(big), big[0], big[149], big[150], big[199], big[200], big[-1], big.index('mid'), 200 in big)


class Bad:
    def __eq__(self, other):
        victim.clear()
        return False


victim = deque([1, 2, 3])
for op in (lambda: Bad() in victim, lambda: victim.count(Bad()), lambda: victim.index(Bad()), lambda: victim.remove(Bad())):
    victim.extend([1, 2, 3])
    t(op)
