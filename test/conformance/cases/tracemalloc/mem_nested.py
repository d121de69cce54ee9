# get_traced_memory() deltas for nested containers and their release: a dict of lists, a list of tuples, and
# del of the outer container freeing everything inside.
# Readings go into a preallocated list and are printed after stop(); each delta is the traced
# memory after the statement minus before it, including the 32-byte int the first reading made.
import gc
import tracemalloc

keys = ['a', 'b', 'c']
src = list(range(1000, 1010))
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
d = {k: [] for k in keys}
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
for k in keys: d[k].extend(src)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
pairs = [(x, x) for x in src]
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
del d
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
del pairs
R[i] = t()[0]; i += 1
tracemalloc.stop()
labels = [
    'empty measurement',
    '{k: [] for k in keys}',
    'fill each list with 10 ints',
    '[(x, x) for x in src]',
    'del d',
    'del pairs',
]
for k, label in enumerate(labels):
    print(label + ":", R[2 * k + 2] - R[2 * k + 1])
