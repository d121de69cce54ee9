# print() of ints to a pipe: each item's str stays referenced by TextIOWrapper's pending list until 8192
# bytes are pending, so the strs, the list and its items array stay traced after the call.
import tracemalloc
tracemalloc.start()
a, b, c, d, e, f = 151, 131, 174, 143, 123, 134
m0 = tracemalloc.get_traced_memory()[0]
print(a, b, c, d, e, f)
m1 = tracemalloc.get_traced_memory()[0]
print(m1 - m0)
