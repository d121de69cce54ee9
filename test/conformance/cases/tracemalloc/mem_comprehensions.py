# get_traced_memory() deltas of comprehensions and generator expressions: only the results stay (3.11
# creates and frees a function object for each comprehension; 3.12+ inlines them).
# Readings go into a preallocated list and are printed after stop(); each delta is the traced
# memory after the statement minus before it, including the 32-byte int the first reading made.
import gc
import tracemalloc

src = list(range(1000, 1016))
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
a = [x for x in src]
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
b = {x for x in src}
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
c = {x: None for x in src}
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
g = (x for x in src)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
next(g)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
d = list(g)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
del g
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
e = [[x] for x in src[:4]]
R[i] = t()[0]; i += 1
tracemalloc.stop()
labels = [
    'empty measurement',
    '[x for x in src]',
    '{x for x in src}',
    '{x: None for x in src}',
    '(x for x in src)',
    'next(g)',
    'list(g)',
    'del g',
    '[[x] for x in src[:4]]',
]
for k, label in enumerate(labels):
    print(label + ":", R[2 * k + 2] - R[2 * k + 1])
