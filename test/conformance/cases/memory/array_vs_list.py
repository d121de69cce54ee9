# The classic "array vs list" comparison: getsizeof of the containers and of their items, tracemalloc of
# building each, and the growth of both while appending.
import sys, tracemalloc
from array import array
n = 1000
lst = list(range(n))
arr = array('i', range(n))
print(sys.getsizeof(lst), sys.getsizeof(arr), sys.getsizeof(lst) + sum(sys.getsizeof(x) for x in lst))
print(arr.itemsize, arr.buffer_info()[1], len(arr.tobytes()))
for tc in 'bhilqfd':
    print(tc, sys.getsizeof(array(tc, [0] * n)))
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
squares_list = [i * i for i in range(2000)]
mid = tracemalloc.get_traced_memory()[0]
squares_arr = array('q', (i * i for i in range(2000)))
after = tracemalloc.get_traced_memory()[0]
print(mid - before, after - mid)
del squares_list
print(tracemalloc.get_traced_memory()[0] - before)
tracemalloc.stop()
grow_l, grow_a = [], array('d')
sizes = []
for i in range(64):
    grow_l.append(float(i))
    grow_a.append(float(i))
    sizes.append((sys.getsizeof(grow_l), sys.getsizeof(grow_a)))
print(sorted(set(s for s, _ in sizes)))
print(sorted(set(s for _, s in sizes)))
