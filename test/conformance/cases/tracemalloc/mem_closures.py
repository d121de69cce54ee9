# get_traced_memory() deltas for functions and closures: a function object, the cells of the variables it
# closes over and the closure tuple; lambdas and bound methods.
# Readings go into a preallocated list and are printed after stop(); each delta is the traced
# memory after the statement minus before it, including the 32-byte int the first reading made.
import gc
import tracemalloc

def make_adder(k):
    def add(x):
        return x + k
    return add


def make_counter():
    count = 0
    total = 0

    def step():
        nonlocal count, total
        count += 1
        total += count
        return total
    return step


class Box:
    __slots__ = ('v',)

    def get(self):
        return self.v


box = Box()
box.v = 1
n = len([0] * 10)
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
f1 = make_adder(n)
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
f2 = make_counter()
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
f2()
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
f3 = lambda x: x + n
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
m = box.get
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
del f1
R[i] = t()[0]; i += 1
R[i] = t()[0]; i += 1
del m
R[i] = t()[0]; i += 1
tracemalloc.stop()
labels = [
    'empty measurement',
    'make_adder(n)',
    'make_counter()',
    'calling the counter',
    'lambda x: x + n',
    'box.get (bound method)',
    'del f1',
    'del m',
]
for k, label in enumerate(labels):
    print(label + ":", R[2 * k + 2] - R[2 * k + 1])
