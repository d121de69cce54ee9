# get_traced_memory() deltas for sets: the set object has an 8-entry table inside it; from the fifth item on
# a separate table is allocated and quadruples as the set fills.
# Readings go into a preallocated list and are printed after stop(); each delta is the traced
# memory after the statement minus before it, including the 32-byte int the first reading made.
import gc
import tracemalloc

items = list(range(1000, 1040))
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
s = set()
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s.add(items[0])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s.add(items[1])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s.add(items[2])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s.add(items[3])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s.add(items[4])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s.add(items[5])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s.add(items[6])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s.add(items[7])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s.add(items[8])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s.add(items[9])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s.add(items[10])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s.add(items[11])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s.add(items[12])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s.add(items[13])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s.add(items[14])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s.add(items[15])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s.add(items[16])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s.add(items[17])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s.add(items[18])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s.add(items[19])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
fs = frozenset(items)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s3 = set(items[:3])
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
s.clear()
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
del fs
R[i] = t()[0]; i += 1
tracemalloc.stop()
labels = [
    'empty measurement',
    's = set()',
    'add item 1',
    'add item 2',
    'add item 3',
    'add item 4',
    'add item 5',
    'add item 6',
    'add item 7',
    'add item 8',
    'add item 9',
    'add item 10',
    'add item 11',
    'add item 12',
    'add item 13',
    'add item 14',
    'add item 15',
    'add item 16',
    'add item 17',
    'add item 18',
    'add item 19',
    'add item 20',
    'frozenset(items)',
    'set(items[:3])',
    's.clear()',
    'del fs',
]
for k, label in enumerate(labels):
    print(label + ":", R[2 * k + 2] - R[2 * k + 1])
