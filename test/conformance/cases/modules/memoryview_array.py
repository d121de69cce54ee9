# memoryview over array.array (the buffer protocol of Modules/arraymodule.c): format, itemsize, shape, strides,
# nbytes, items and slices read and written through the view, tolist, tobytes, comparisons, release, the
# exporter's refcount and ob_exports (a resize while exported raises BufferError), sys.getsizeof, item int sizes.
import sys
from array import array

def show(m):
    print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, m.readonly, m.contiguous, len(m))

for code, init in (('b', [1, -2, 3]), ('B', [1, 2, 255]), ('h', [-300, 7]), ('H', [65535, 1]), ('i', [1, -2, 3, 4]),
                   ('I', [4000000000, 5]), ('l', [-5, 2**40]), ('L', [2**63, 1]), ('q', [-(2**62), 3]),
                   ('Q', [2**64 - 1, 0]), ('f', [1.5, -0.25]), ('d', [2.5, float('inf')])):
    a = array(code, init)
    m = memoryview(a)
    show(m)
    print(m.tolist(), m[0], m[-1], m.obj is a, m.tobytes() == a.tobytes(), m.hex() == a.tobytes().hex())
    m.release()

a = array('i', [10, 20, 30, 40, 50])
print(sys.getrefcount(a))
m = memoryview(a)
print(sys.getrefcount(a), sys.getsizeof(m))
s = m[1:4]
show(s)
print(s.tolist(), s[0], s[-1], sys.getrefcount(a))
t = m[::2]
show(t)
print(t.tolist(), t.c_contiguous, bytes(t) == array('i', [10, 30, 50]).tobytes())
m[0] = -1
s[1] = 99
m[3:5] = array('i', [7, 8])
print(a)
try:
    m[0] = 2**40
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    m[0] = 1.5
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    m[9]
except IndexError as e:
    print(type(e).__name__, e)
try:
    m[1:3] = array('i', [1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[1:3] = array('h', [1, 2])
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
print(m == array('i', [-1, 20, 99, 7, 8]), m == a, m != a, m == [1], s == array('i', [20, 99, 7]))
print(memoryview(array('d', [1.0, 2.0])) == memoryview(array('i', [1, 2])))
print(memoryview(array('d', [float('nan')])) == memoryview(array('d', [float('nan')])))
try:
    hash(m)
except ValueError as e:
    print(type(e).__name__, e)
for op in (lambda: a.append(1), lambda: a.extend([1]), lambda: a.pop(), lambda: a.remove(20), lambda: a.insert(0, 1),
           lambda: a.frombytes(b'\0\0\0\0'), lambda: a.fromlist([1]), lambda: a.__delitem__(0), lambda: a.__iadd__(array('i', [1])),
           lambda: a.__imul__(2), lambda: a.__setitem__(slice(0, 2), array('i'))):
    try:
        op()
        print('ok')
    except BufferError as e:
        print(type(e).__name__, e)
a[0] = 5
a[1:3] = array('i', [6, 7])
a.byteswap(); a.byteswap()
a.reverse()
print(a, m.tolist())
del s, t
print(sys.getrefcount(a))
m.release()
print(sys.getrefcount(a), repr(m).startswith('<released memory'))
try:
    m.tolist()
except ValueError as e:
    print(type(e).__name__, e)
a.append(1)
print(a, sys.getsizeof(a))
with memoryview(a) as w:
    print(w[0], sys.getrefcount(a))
print(sys.getrefcount(a))
a.pop()
u = array('u', 'hi')
mu = memoryview(u)
print(mu.format, mu.itemsize, mu.nbytes, mu.shape)
for f in (lambda: mu[0], lambda: mu.tolist()):
    try:
        print(f())
    except NotImplementedError as e:
        print(type(e).__name__, e)
print(mu.tobytes() == u.tobytes())
mu.release()
class Sub(array):
    pass
x = Sub('h', [1, 2])
import gc
# subtype_traverse and array_tp_traverse visit the instance's class once between them
print(len(gc.get_referents(x)), [type(r).__name__ for r in gc.get_referents(array('b'))], sys.getrefcount(Sub))
mx = memoryview(x)
print(mx.format, mx.tolist(), type(mx.obj).__name__)
try:
    x.append(3)
except BufferError as e:
    print(type(e).__name__, e)
del mx
x.append(3)
print(x)
# the int objects items are read into: signed formats through PyLong_FromLong (32-byte medium ints), unsigned
# ones through PyLong_FromUnsignedLong(Long) (_PyLong_New: 28 bytes for one digit), for the array and the view
import tracemalloc
tracemalloc.start()
held = [None]
for code in 'bBhHiIlLqQ':
    arr = array(code, [100 if code in 'bB' else 1000, 2**40 if code in 'lLqQ' else 7])
    view = memoryview(arr)
    sizes = []
    for get in (lambda: arr[0], lambda: view[0], lambda: arr[1], lambda: view[1]):
        held[0] = None
        before = tracemalloc.get_traced_memory()[0]
        held[0] = get()
        sizes.append(tracemalloc.get_traced_memory()[0] - before)
    view.release()
    print(code, sizes)
tracemalloc.stop()
