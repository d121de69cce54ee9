# get_traced_memory() deltas for float objects: a new float is 24 bytes; a freed float goes to the float
# freelist (its block stays traced) and the next float reuses it without any new trace.
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
x = n * 0.5
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
y = x + 1.25
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
del x
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
z = n * 1.5
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
w = float('2.5')
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
fl = [n * 0.1, n * 0.2, n * 0.3]
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
del fl
R[i] = t()[0]; i += 1
tracemalloc.stop()
labels = [
    'empty measurement',
    'x = n * 0.5',
    'y = x + 1.25',
    'del x (to the freelist)',
    'z = n * 1.5 (from the freelist)',
    "float('2.5')",
    'three floats in a list',
    'del fl',
]
for k, label in enumerate(labels):
    print(label + ":", R[2 * k + 2] - R[2 * k + 1])
