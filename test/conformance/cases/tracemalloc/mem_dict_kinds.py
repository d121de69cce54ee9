# get_traced_memory() deltas for dicts made in different ways: literals, dict(), dict.fromkeys, copy,
# comprehension, update and pop; a freed dict object goes to the dict freelist.
# Readings go into a preallocated list and are printed after stop(); each delta is the traced
# memory after the statement minus before it, including the 32-byte int the first reading made.
import gc
import tracemalloc

names = ['a', 'b', 'c', 'd', 'e', 'f']
n = len(names)
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
d1 = {'a': 1}
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
d2 = {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
d3 = dict.fromkeys(names)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
d4 = d2.copy()
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
d5 = {k: n for k in names}
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
d1.update(d2)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
d4.pop('a')
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
del d3
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
d6 = {}
R[i] = t()[0]; i += 1
tracemalloc.stop()
labels = [
    'empty measurement',
    "{'a': 1}",
    "{'a': 1, ..., 'f': 6}",
    'dict.fromkeys(names)',
    'd2.copy()',
    '{k: n for k in names}',
    'd1.update(d2)',
    "d4.pop('a')",
    'del d3',
    '{} (dict from the freelist)',
]
for k, label in enumerate(labels):
    print(label + ":", R[2 * k + 2] - R[2 * k + 1])
