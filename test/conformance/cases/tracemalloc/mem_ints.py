# get_traced_memory() deltas for int objects: small ints are static, medium values take sizeof(PyLongObject),
# bigger values one 4-byte digit per 30 bits; int(str) goes through
# type_call with an argument tuple on 3.11/3.12 (the first one is a new allocation kept by the freelist).
# Readings go into a preallocated list and are printed after stop(); each delta is the traced
# memory after the statement minus before it, including the 32-byte int the first reading made.
import gc
import tracemalloc

n = len([0] * 100)  # 100, a small int
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
a = n + 5
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
b = n * 1000
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
e = -b
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
f = int('12345678901234567890')
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
del b, e
R[i] = t()[0]; i += 1
tracemalloc.stop()
labels = [
    'empty measurement',
    'small int n + 5',
    'n * 1000',
    '-b',
    "int('12345678901234567890')",
    'del b, e',
]
for k, label in enumerate(labels):
    print(label + ":", R[2 * k + 2] - R[2 * k + 1])
