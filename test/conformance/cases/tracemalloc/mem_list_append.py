# get_traced_memory() deltas of list.append: the item array is reallocated with over-allocation
# (0, 4, 8, 16, 24, 32, 40, 52, ...); a realloc replaces the block's trace with the new size.
# Readings go into a preallocated list and are printed after stop(); each delta is the traced
# memory after the statement minus before it, including the 32-byte int the first reading made.
import gc
import tracemalloc

lst = []
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
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
lst.append(None)
R[i] = t()[0]; i += 1
tracemalloc.stop()
labels = [
    'empty measurement',
    'append 1',
    'append 2',
    'append 3',
    'append 4',
    'append 5',
    'append 6',
    'append 7',
    'append 8',
    'append 9',
    'append 10',
    'append 11',
    'append 12',
    'append 13',
    'append 14',
    'append 15',
    'append 16',
    'append 17',
    'append 18',
    'append 19',
    'append 20',
    'append 21',
    'append 22',
    'append 23',
    'append 24',
    'append 25',
    'append 26',
    'append 27',
    'append 28',
    'append 29',
    'append 30',
    'append 31',
    'append 32',
    'append 33',
    'append 34',
    'append 35',
    'append 36',
    'append 37',
    'append 38',
    'append 39',
    'append 40',
]
for k, label in enumerate(labels):
    print(label + ":", R[2 * k + 2] - R[2 * k + 1])
