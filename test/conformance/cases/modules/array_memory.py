# array.array memory: getsizeof = 64-byte object + allocated items + GC head; array_resize's growth policy
# (n + n/16 + 3 or 7, kept unless shrinking by 16+), exact-size construction, GC tracking, weakrefs.
import warnings
warnings.simplefilter('ignore', DeprecationWarning)  # 3.13's for typecode 'u' (array_unicode shows it)
import sys, gc, weakref
from array import array
print(sys.getsizeof(array('i')), gc.is_tracked(array('i')), array('i').buffer_info()[1])
for tc in 'bBhHiIlLqQfd':
    print(tc, array(tc).itemsize, sys.getsizeof(array(tc, [1] * 10)))
steps = []
a = array('b')
last = None
for i in range(300):
    s = sys.getsizeof(a)
    if s != last:
        steps.append((len(a), s))
        last = s
    a.append(1)
print(steps)
print(sys.getsizeof(array('i', range(1000))), sys.getsizeof(list(range(1000))), sys.getsizeof(array('i', list(range(1000)))))
print(sys.getsizeof(array('b', b'abc')), sys.getsizeof(array('b', iter([1, 2, 3]))), sys.getsizeof(array('b', (1, 2, 3))))
print(sys.getsizeof(array('u', 'abc')), sys.getsizeof(array('b', array('b', [1] * 5))))
x = array('b', [1] * 40)
del x[:30]
print(sys.getsizeof(x))
x *= 0
print(sys.getsizeof(x), len(x))
x = array('b', [1] * 40)
x *= 2
print(sys.getsizeof(x))
x = array('b', [1] * 20)
del x[5:]
x.pop()
print(sys.getsizeof(x))
x = array('b', [1] * 10)
x.extend([1, 2, 3])
print(sys.getsizeof(x))
x.extend(array('b', [1] * 6))
print(sys.getsizeof(x))
x.frombytes(b'123456789')
print(sys.getsizeof(x))
x.fromlist([1] * 30)
print(sys.getsizeof(x), sys.getsizeof(x * 2), sys.getsizeof(x + x), sys.getsizeof(x[1:5]), sys.getsizeof(x[::2]))
x[2:4] = array('b', [0] * 50)
print(sys.getsizeof(x))
del x[::2]
print(sys.getsizeof(x), len(x))
it = iter(x)
print(sys.getsizeof(it), gc.is_tracked(it), sys.getrefcount(x))
del it
print(sys.getrefcount(x))
r = weakref.ref(x)
print(r() is x)
del x
print(r())
e = array('d', [1.0])
print(e.buffer_info()[0] != 0, array('d').buffer_info())
class A(array):
    pass
s = A('i', [1, 2])
print(s, type(s[:1]).__name__, sys.getsizeof(A('i')) - sys.getsizeof(array('i')), gc.is_tracked(s))
s.tag = 5
print(s.tag, s.__reduce_ex__(2)[0] is A)
import copy
c = copy.copy(s)
print(type(c).__name__, c, copy.deepcopy(array('d', [0.5])))
