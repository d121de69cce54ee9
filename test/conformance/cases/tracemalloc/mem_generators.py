# get_traced_memory() deltas for generators: the generator object holds its frame; running it to the end
# releases what the frame held.
# Readings go into a preallocated list and are printed after stop(); each delta is the traced
# memory after the statement minus before it, including the 32-byte int the first reading made.
import gc
import tracemalloc

def gen(k):
    acc = []
    for j in range(k):
        acc.append(j)
        yield j


n = len([0] * 5)
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
g = gen(n)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
next(g)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
next(g)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
rest = list(g)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
del g
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
total = sum(gen(n))
R[i] = t()[0]; i += 1
tracemalloc.stop()
labels = [
    'empty measurement',
    'g = gen(n)',
    'next(g)',
    'next(g) again',
    'list(g) (exhausts it)',
    'del g',
    'sum(gen(n)) (made and freed)',
]
for k, label in enumerate(labels):
    print(label + ":", R[2 * k + 2] - R[2 * k + 1])
