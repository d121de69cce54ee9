# get_traced_memory() deltas for tuples: GC header + 24 + 8 per item; freed tuples of up to 20 items go to
# per-size freelists and are reused without a new trace.
# Readings go into a preallocated list and are printed after stop(); each delta is the traced
# memory after the statement minus before it, including the 32-byte int the first reading made.
import gc
import tracemalloc

src = list(range(100))
n = len(src)
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
t1 = tuple(src[:1])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
t2 = tuple(src[:2])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
t5 = tuple(src[:5])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
t30 = tuple(src[:30])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
tb = (n, n, n)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
del t5
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
t5b = tuple(src[5:10])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
del t30
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
t30b = tuple(src[30:60])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
tc = (1, 2, 3)
R[i] = t()[0]; i += 1
tracemalloc.stop()
labels = [
    'empty measurement',
    'tuple of 1',
    'tuple of 2',
    'tuple of 5',
    'tuple of 30',
    '(n, n, n) built at run time',
    'del t5',
    'another tuple of 5 (freelist)',
    'del t30',
    'another tuple of 30 (no freelist)',
    'constant tuple (no allocation)',
]
for k, label in enumerate(labels):
    print(label + ":", R[2 * k + 2] - R[2 * k + 1])
