# get_traced_memory() deltas for list operations: the list object, its separate item array, growth on
# extend/insert, shrinking on pop, concatenation and repetition.
# Readings go into a preallocated list and are printed after stop(); each delta is the traced
# memory after the statement minus before it, including the 32-byte int the first reading made.
import gc
import tracemalloc

src = list(range(1000, 1020))
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
a = list(src)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
b = src * 3
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
c = src + src
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
d = [x for x in src]
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
a.extend(src)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
a.insert(0, n)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
for _ in range(30): a.pop()
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
a.clear()
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
e = sorted(src)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
f = src[::2]
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
del b, c
R[i] = t()[0]; i += 1
tracemalloc.stop()
labels = [
    'empty measurement',
    'list(src)',
    'src * 3',
    'src + src',
    '[x for x in src]',
    'a.extend(src)',
    'a.insert(0, n)',
    'pop 30 items from a',
    'a.clear()',
    'sorted(src)',
    'src[::2]',
    'del b, c',
]
for k, label in enumerate(labels):
    print(label + ":", R[2 * k + 2] - R[2 * k + 1])
