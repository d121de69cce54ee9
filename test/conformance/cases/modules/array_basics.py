# array.array: construction from each initializer kind, the sequence API, repr, comparisons, iteration.
import warnings
warnings.simplefilter('ignore', DeprecationWarning)  # 3.13's for typecode 'u' (array_unicode shows it)
from array import array
import array as array_module
print(array_module.typecodes == ''.join(sorted(array_module.typecodes, key='bBuwhHiIlLqQfd'.index)), array_module.ArrayType is array)
a = array('i', [3, 1, 4, 1, 5])
print(a, len(a), a[0], a[-1], a[1:3], a[::2], a[::-1], a.typecode, a.itemsize)
print(array('d', (1, 2.5)), array('b', b'\x01\xff'), array('B', bytearray(b'ab')), array('h', range(4)))
print(array('l', array('l', [7, 8])), array('f', array('i', [1, 2])), array('q', iter([5, 6])))
print(repr(array('i')), repr(array('d')), array('u', 'hi'))
a.append(9)
a.extend([2, 6])
a.extend(array('i', [5]))
a.insert(0, -1)
a.insert(100, 100)
a.insert(-2, 42)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(1), a.index(1, 2), a.count(1), a.count(99), 5 in a, 99 in a)
a.remove(1)
a.reverse()
print(a, a.tolist())
a[0] = 11
a[-1] = 12
a[1:3] = array('i', [20, 21, 22])
print(a)
a[::2] = array('i', [0] * len(a[::2]))
print(a)
del a[1]
del a[::3]
del a[1:2]
print(a)
b = a + array('i', [1])
c = a * 2
d = 2 * array('h', [1, 2])
print(b, c, d, array('i', [1]) * 0, array('i', [1]) * -3)
a += array('i', [77])
a *= 2
print(a)
x, y = array('i', [1, 2, 3]), array('i', [1, 2, 4])
print(x == y, x != y, x < y, x <= y, x > y, x >= y, x == array('i', [1, 2, 3]), x < array('i', [1, 2]))
print(array('i', [1, 2]) == array('d', [1.0, 2.0]), array('b', [1]) < array('d', [1.5]), x == [1, 2, 3])
print(list(iter(x)), [v * 2 for v in x], sum(array('d', [0.5, 0.25])))
print(array('f', [0.1, 1e40, -0.0]), array('d', [0.1, float('inf')]))
print(array('B', [255, 0]).tobytes(), array('H', [1, 256]).tobytes(), array('q', [-1]).tobytes())
e = array('h')
e.frombytes(b'\x01\x00\x02\x00')
e.fromlist([3, 4])
print(e, array('u', 'ab').tounicode(), e.tobytes())
u = array('u', 'x')
u.fromunicode('yz')
print(u, u.tounicode(), u[1], u.tolist())
s = array('I', [1, 2])
s.byteswap()
print(s, array('d', [1.0]).__sizeof__() > 0)
print(array('i', [1, 2, 3])[5:1], array('i', range(10))[1:8:3], array('i', range(10))[-3:])
t = array('i', range(6))
t[2:2] = array('i', [9, 9])
t[4:] = array('i')
print(t)
t[:] = t
print(t)
