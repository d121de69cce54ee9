# The subclass registry of a builtin base (tp_subclasses: a dict {id: weakref}) as CPython's start-up and the
# tracemalloc import leave it: each new subclass adds an entry, and the entry that finds the dict's keys table
# full makes a new, larger table, which tracemalloc traces. Printed: for each base, the subclasses (counted
# from 0) whose creation traced more than the usual amount, and by how much.
import tracemalloc


def grow(base, n, keep):
    sizes = []
    for i in range(n):
        before = tracemalloc.get_traced_memory()[0]
        cls = type('Sub', (base,), {})
        sizes.append(tracemalloc.get_traced_memory()[0] - before)
        keep.append(cls)
    usual = sorted(sizes)[len(sizes) // 2]
    return [(i, s - usual) for i, s in enumerate(sizes) if s - usual > 150]


keep = [None] * 1000
keep.clear()
tracemalloc.start()
print('object', grow(object, 130, keep))
for base in (Exception, ValueError, RuntimeError, OSError, tuple, int, dict, type):
    print(base.__name__, grow(base, 40, keep))
