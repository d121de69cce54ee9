# get_traced_memory() deltas while a dict grows: the empty dict has no keys table; the first insert makes an
# 8-slot table, which is replaced by a bigger one when full (str keys use the compact unicode table).
# Readings go into a preallocated list and are printed after stop(); each delta is the traced
# memory after the statement minus before it, including the 32-byte int the first reading made.
import gc
import tracemalloc

keys = ['k%d' % j for j in range(12)]
ints = list(range(1000, 1012))
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
d = {}
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
d[keys[0]] = None
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
d[keys[1]] = None
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
d[keys[2]] = None
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
d[keys[3]] = None
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
d[keys[4]] = None
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
d[keys[5]] = None
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
d[keys[6]] = None
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
d[keys[7]] = None
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
d[keys[8]] = None
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
d[keys[9]] = None
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
d[keys[10]] = None
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
d[keys[11]] = None
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
e = {}
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
e[ints[0]] = None
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
e[ints[1]] = None
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
e[ints[2]] = None
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
e[ints[3]] = None
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
e[ints[4]] = None
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
e[ints[5]] = None
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
e[ints[6]] = None
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
d.clear()
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
del e
R[i] = t()[0]; i += 1
tracemalloc.stop()
labels = [
    'empty measurement',
    'd = {}',
    "d['k0'] = None",
    "d['k1'] = None",
    "d['k2'] = None",
    "d['k3'] = None",
    "d['k4'] = None",
    "d['k5'] = None",
    "d['k6'] = None",
    "d['k7'] = None",
    "d['k8'] = None",
    "d['k9'] = None",
    "d['k10'] = None",
    "d['k11'] = None",
    'e = {}',
    'e[1000] = None',
    'e[1001] = None',
    'e[1002] = None',
    'e[1003] = None',
    'e[1004] = None',
    'e[1005] = None',
    'e[1006] = None',
    'd.clear()',
    'del e',
]
for k, label in enumerate(labels):
    print(label + ":", R[2 * k + 2] - R[2 * k + 1])
