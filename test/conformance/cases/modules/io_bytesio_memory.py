# io.BytesIO's memory: the shared initial bytes, resize policy, getvalue() returning the buffer itself
import gc
import io
import sys
import tracemalloc

data = b'x' * 100
b = io.BytesIO(data)
print(gc.is_tracked(b), sys.getsizeof(b), sys.getrefcount(data))
print(b.getvalue() is data, b.read() is data)
b.seek(0, 2)
b.write(b'!')
print(sys.getrefcount(data), sys.getsizeof(b), b.getvalue() is data)

tracemalloc.start()
w = io.BytesIO()
for n in (1, 5, 10, 50, 100, 1000):
    chunk = b'a' * n
    before = tracemalloc.get_traced_memory()[0]
    w.write(chunk)
    print(n, tracemalloc.get_traced_memory()[0] - before, sys.getsizeof(w))
v1 = w.getvalue()
v2 = w.getvalue()
print(v1 is v2, len(v1), sys.getsizeof(v1), sys.getsizeof(w), sys.getrefcount(v1))
before = tracemalloc.get_traced_memory()[0]
w.write(b'more')
print(tracemalloc.get_traced_memory()[0] - before, sys.getsizeof(w), v1 is w.getvalue(), sys.getrefcount(v1))
small = io.BytesIO(b'z')
print(small.getvalue() is small.getvalue(), sys.getsizeof(small))
w.close()
print(sys.getsizeof(w), w.closed)
