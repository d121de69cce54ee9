# io.BytesIO.getbuffer(): a writable memoryview over the buffer (through an _io._BytesIOBuffer object whose
# getbuffer unshares the buffer and counts an export). While a view exists the BytesIO cannot be resized or
# closed or written (BufferError); reads go on; refcounts and sys.getsizeof of the objects.
import io, sys
b = io.BytesIO(b'hello world')
print(sys.getrefcount(b))
v = b.getbuffer()
print(v.format, v.itemsize, v.ndim, v.shape, v.strides, v.nbytes, v.readonly, len(v), type(v.obj).__name__)
print(sys.getrefcount(b), sys.getrefcount(v.obj), sys.getsizeof(v), sys.getsizeof(v.obj))
print(v.tolist()[:3], bytes(v[0:5]), v[4], v[-1], v.tobytes())
v[0] = ord('J')
v[6:11] = b'WORLD'
print(b.getvalue(), b.read(3), b.tell())
for name, op in (('write', lambda: b.write(b'x' * 20)), ('truncate', lambda: b.truncate(2)), ('close', b.close),
                 ('writelines', lambda: b.writelines([b'abc'] * 10))):
    try:
        op()
        print(name, 'ok')
    except (BufferError, ValueError) as e:
        print(name, type(e).__name__, e)
b.seek(0)
try:
    b.write(b'Y')
except BufferError as e:
    print(type(e).__name__, e)
print(b.getvalue(), b.read(), b.seek(2), b.readline(), v.tobytes())
w = b.getbuffer()
print(sys.getrefcount(b), v.obj is w.obj)
del v
try:
    b.write(b'z' * 30)
except BufferError as e:
    print(type(e).__name__, e)
w.release()
print(sys.getrefcount(b), b.write(b'z' * 30), len(b.getvalue()))
with b.getbuffer() as x:
    print(x[0], len(x))
b.close()
try:
    b.getbuffer()
except ValueError as e:
    print(type(e).__name__, e)
e = io.BytesIO()
z = e.getbuffer()
print(len(z), z.tobytes(), z.nbytes)
z.release()
e.write(b'abc')
s = e.getvalue()
y = e.getbuffer()
y[0] = ord('X')
print(s, e.getvalue(), bytes(y))
del y
import tracemalloc
tracemalloc.start()
f = io.BytesIO(b'q' * 1000)
base = tracemalloc.get_traced_memory()[0]
g = f.getbuffer()
print(tracemalloc.get_traced_memory()[0] - base)
del g
print(tracemalloc.get_traced_memory()[0] - base)
