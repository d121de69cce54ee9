# get_traced_memory() deltas of s += 'x' in a loop: when the string has no other reference CPython resizes
# it in place (one realloc, same trace with the new size); with another reference a new string is made.
# Readings go into a preallocated list and are printed after stop(); each delta is the traced
# memory after the statement minus before it, including the 32-byte int the first reading made.
import gc
import tracemalloc

s = 'start-' + str(len([0] * 123))
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
s += 'x'
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s += 'x'
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s += 'x'
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s += 'x'
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s += 'x'
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s += 'x'
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s += 'x'
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s += 'x'
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
keep = s
s += 'y'
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
del keep
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s += 'abcdefgh'
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s += 'abcdefgh'
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s += 'abcdefgh'
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s += 'abcdefgh'
R[i] = t()[0]; i += 1
tracemalloc.stop()
labels = [
    'empty measurement',
    "s += 'x' (1)",
    "s += 'x' (2)",
    "s += 'x' (3)",
    "s += 'x' (4)",
    "s += 'x' (5)",
    "s += 'x' (6)",
    "s += 'x' (7)",
    "s += 'x' (8)",
    "keep = s; s += 'y' (copy)",
    'del keep',
    "s += 'abcdefgh' (1)",
    "s += 'abcdefgh' (2)",
    "s += 'abcdefgh' (3)",
    "s += 'abcdefgh' (4)",
]
for k, label in enumerate(labels):
    print(label + ":", R[2 * k + 2] - R[2 * k + 1])
