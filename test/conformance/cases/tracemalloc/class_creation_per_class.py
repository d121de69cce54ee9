# The memory each class statement traces. A class copies its namespace into a new dict (PyDict_Copy makes
# fresh keys, which the added __dict__/__weakref__/__doc__ entries then outgrow): the old keys table goes to
# the dict-keys freelist while that holds fewer than 80 tables, and is freed (its trace with it) once it is
# full. CPython 3.11 starts a program with that freelist nearly full, so a few classes in, each class traces
# 120 bytes less; 3.12 and 3.13 start it nearly empty.
import tracemalloc

# the tuple, list and dict freelists emptied first, so only the keys freelist decides
drain = [(i,) for i in range(2100)] + [(i, i) for i in range(2100)] + [(i, i, i) for i in range(2100)]
drain += [[] for i in range(100)] + [{} for i in range(100)]


def make():
    class C:
        x = 1

        def f(self):
            pass
    return C


def measure(keep):
    before = tracemalloc.get_traced_memory()[0]
    cls = make()
    after = tracemalloc.get_traced_memory()[0]
    keep.append(cls)
    return after - before


keep = [None] * 40
keep.clear()
tracemalloc.start()
print([measure(keep) for i in range(12)])
