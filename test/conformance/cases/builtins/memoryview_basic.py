# memoryview over bytes/bytearray: items, slices, attributes, comparison, hashing, bytearray export locking, release, context manager, errors, sizes and exporter refcounts.
import sys
b = b"abcdef"
m = memoryview(b)
print(len(m), m[0], m[-1], m[1:3].tobytes(), bytes(m[::2]), m.tolist()[:3], m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.strides)
print(sys.getsizeof(m), m.obj is b, m == b"abcdef", m[1:3] == b"bc", m != b"x", hash(m) == hash(b), m.hex(), m.hex(':', 2))
print(sys.getrefcount(b))
m2 = memoryview(m)
print(sys.getrefcount(b), m2.obj is b)
ba = bytearray(b"hello")
mv = memoryview(ba)
mv[0] = ord("J")
mv[1:3] = b"EL"
print(ba, mv.readonly)
try:
    ba.append(33)
except BufferError as e:
    print(type(e).__name__, e)
mv.release()
ba.append(33)
print(ba, repr(mv).startswith("<released memory at 0x"))
try:
    len(mv)
except ValueError as e:
    print(e)
with memoryview(bytearray(b"xyz")) as w:
    print(w[2], list(w))
print(repr(w)[:10])
for bad in (lambda: memoryview(5), lambda: memoryview("s"), lambda: m.__setitem__(0, 1), lambda: hash(memoryview(bytearray(1))), lambda: m[10], lambda: memoryview(bytearray(2)).__setitem__(0, 300), lambda: memoryview(bytearray(2)).__setitem__(slice(0, 2), b"abc"), lambda: memoryview(b"abc")[...]):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
x = bytearray(b"abc")
v = memoryview(x)[1:]
del x
print(bytes(v), v.obj)
print(b"".join([memoryview(b"ab"), b"cd"]), bytearray(memoryview(b"zz")), memoryview(b"abc").toreadonly().readonly)
print(type(memoryview(b"a")).__name__, len(memoryview(b"")))
