# get_traced_memory() deltas around freelist reuse: a freed float, tuple, list or dict object goes to its
# freelist and its block keeps its trace, so freeing it lowers the traced memory only by what was really
# freed (the list's item array, the dict's keys) and reusing it adds only the new buffers.
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
f = n * 2.5
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
del f
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
g = n * 3.5
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
l = [n, n, n]
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
del l
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
l2 = [n]
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
d = {'a': n}
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
del d
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
d2 = {'b': n}
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
t = (n, n)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
del t
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
t2 = (n, n)
R[i] = t()[0]; i += 1
tracemalloc.stop()
labels = [
    'empty measurement',
    'f = n * 2.5',
    'del f',
    'g = n * 3.5 (freelist)',
    'l = [n, n, n]',
    'del l',
    'l2 = [n] (freelist)',
    "d = {'a': n}",
    'del d',
    "d2 = {'b': n} (freelist)",
    't = (n, n)',
    'del t',
    't2 = (n, n) (freelist)',
]
for k, label in enumerate(labels):
    print(label + ":", R[2 * k + 2] - R[2 * k + 1])
