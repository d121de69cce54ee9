# get_traced_memory() deltas for str objects: compact ASCII, latin-1, UCS-2 and UCS-4 strings of the same
# length (header sizes differ between 3.11 and 3.12+), slices, methods and str(int).
# Readings go into a preallocated list and are printed after stop(); each delta is the traced
# memory after the statement minus before it, including the 32-byte int the first reading made.
import gc
import tracemalloc

n = len([0] * 50)
base = 'abcdefghij' * 5
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
s1 = 'ab' * n
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s2 = '\xe9' * n
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s3 = '\u20ac' * n
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s4 = '\U0001f600' * n
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s5 = str(n * 1000)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s6 = base[10:30]
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s7 = base.upper()
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s8 = '-'.join(['word'] * 5)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s9 = base[3]
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
del s1, s2, s3, s4
R[i] = t()[0]; i += 1
tracemalloc.stop()
labels = [
    'empty measurement',
    "'ab' * n (100 ASCII)",
    "'\\xe9' * n (latin-1)",
    "'\\u20ac' * n (UCS-2)",
    "'\\U0001f600' * n (UCS-4)",
    'str(n * 1000)',
    'base[10:30]',
    'base.upper()',
    "'-'.join(['word'] * 5)",
    'single character base[3] (cached)',
    'del s1, s2, s3, s4',
]
for k, label in enumerate(labels):
    print(label + ":", R[2 * k + 2] - R[2 * k + 1])
