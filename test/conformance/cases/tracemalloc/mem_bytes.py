# get_traced_memory() deltas for bytes and bytearray: bytes is one block (header + data + NUL); bytearray
# is an object plus a separate buffer that grows; bytes() and bytearray() go through type_call and its
# argument tuple (the first one is a new block that stays on the tuple freelist).
# Readings go into a preallocated list and are printed after stop(); each delta is the traced
# memory after the statement minus before it, including the 32-byte int the first reading made.
import gc
import tracemalloc

n = len([0] * 10)
R = [0] * 200
i = 0
t = tracemalloc.get_traced_memory
gc.collect()  # empties the freelists
tracemalloc.start()
ballast = bytes(300)  # readings stay above 256: each one makes a 32-byte int (the empty measurement)
R[i] = t()[0]; i += 1  # warm-up: the first result tuple stays on the tuple freelist
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
b1 = bytes(10)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
b2 = bytes(1000)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
b3 = b'x' * (n * 10)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
b4 = b3[:1]
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
b5 = b3[2:50]
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
ba = bytearray(10)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
ba.extend(b3)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
ba += b'z'
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
bb = bytearray(1000)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
del b2, bb
R[i] = t()[0]; i += 1
tracemalloc.stop()
labels = [
    'empty measurement',
    'bytes(10)',
    'bytes(1000)',
    "b'x' * 100",
    "b'\\x01' (cached single byte)",
    'b3[2:50]',
    'bytearray(10)',
    "ba.extend(b'y' * 100)",
    "ba += b'z'",
    'bytearray(1000)',
    'del b2, bb',
]
for k, label in enumerate(labels):
    print(label + ":", R[2 * k + 2] - R[2 * k + 1])
