# get_traced_memory() deltas of int powers: long_pow multiplies into results sized for the operands'
# digits, so a power can keep a spare digit beyond what its value needs.
# Readings go into a preallocated list and are printed after stop(); each delta is the traced
# memory after the statement minus before it, including the 32-byte int the first reading made.
import gc
import tracemalloc

n = len([0] * 100)
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
a = n ** 2
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
b = n ** 5
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
c = n ** 10
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
d = n ** 40
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
e = pow(n, 100)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
f = (n * 1000) ** 3
R[i] = t()[0]; i += 1
tracemalloc.stop()
labels = [
    'empty measurement',
    'n ** 2',
    'n ** 5',
    'n ** 10',
    'n ** 40',
    'pow(n, 100)',
    '(n * 1000) ** 3',
]
for k, label in enumerate(labels):
    print(label + ":", R[2 * k + 2] - R[2 * k + 1])
