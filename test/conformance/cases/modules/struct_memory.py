# struct memory: Struct objects (56 bytes + 32 per format code + sentinel, GC-tracked), the format cache,
# the packed bytes, and their tracemalloc sizes.
import sys, gc, struct, tracemalloc
for fmt in ['', 'i', 'ii', '2i', 'iid', '5s', '10p', 'x', '3x', 'i0q', '2i3h', '5s5s', '<q', '!h']:
    s = struct.Struct(fmt)
    print(repr(fmt), sys.getsizeof(s), s.__sizeof__(), gc.is_tracked(s))
it = struct.iter_unpack('<h', b'\x01\x00')
print(sys.getsizeof(it), gc.is_tracked(it))
print(sys.getsizeof(struct.pack('i', 1)), sys.getsizeof(struct.pack('10s', b'')))
tracemalloc.start()
def used():
    return tracemalloc.get_traced_memory()[0]
x = struct.pack('i', 1)
base = used()
s = struct.Struct('iid')
print(used() - base)
base = used()
s2 = struct.Struct(b'iid')
print(used() - base)
base = used()
del s, s2
print(used() - base)
base = used()
p = struct.pack('<qqq', 1, 2, 3)
print(used() - base)
base = used()
for i in range(150):
    struct.calcsize('%dx' % i)
struct._clearcache()
print(used() - base)
base = used()
t = struct.unpack('<qqq', p)
print(used() - base, t)
tracemalloc.stop()
