# array.array's buffer for bytes-like consumers (bytes(), bytearray(), concatenation, join, struct pack_into /
# unpack_from / iter_unpack), tofile/fromfile through a file-like object, __reduce_ex__ and the reconstructor.
import sys, struct
import array as array_module
from array import array
a = array('i', [1, -2])
print(bytes(a), bytearray(a), b'x' + array('b', [65]), b'-'.join([array('B', [66]), a]), int.from_bytes(array('B', [1, 2]), 'little'))
print(struct.unpack('<2i', a), struct.Struct('<d').unpack(array('d', [2.5])), list(struct.iter_unpack('<h', array('h', [5, 6]))))
buf = array('b', [0] * 8)
struct.pack_into('<hI', buf, 1, -2, 7)
print(buf, struct.unpack_from('<hI', buf, 1))
b = array('b')
b.frombytes(array('B', [1, 2]))
print(b)
try:
    b.frombytes(array('h', [1]))
except TypeError as e:
    print(e)
class File:
    def __init__(self):
        self.parts = []
    def write(self, data):
        self.parts.append(data)
        return len(data)
    def read(self, n):
        return b'\x01\x00' * (n // 2)
f = File()
array('h', [1, 2]).tofile(f)
array('h').tofile(f)
print(f.parts)
g = array('h')
g.fromfile(f, 3)
print(g, sys.getsizeof(g))
try:
    g.fromfile(f, -1)
except ValueError as e:
    print(e)
d = array('d', [1.0, 2.0])
print(d.__reduce_ex__(2), d.__reduce_ex__(3)[1][1:], d.__reduce_ex__(3)[0].__name__)
print(array_module._array_reconstructor(array, 'h', 4, b'\x01\x00\x02\x00'))
try:
    array[int]
    print(array[int])
except TypeError as e:
    print(e)
big = array('i', [7] * 30)
if sys.version_info >= (3, 13):
    big.clear()
    print(sys.getsizeof(big), big)
else:
    try:
        big.clear()
    except AttributeError as e:
        print(e)
