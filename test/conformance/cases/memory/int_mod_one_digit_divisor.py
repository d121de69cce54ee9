# int % int with a non-negative dividend of several 30-bit digits and a positive one-digit divisor: the
# remainder is made at its exact size (long_rem's one-digit path), small results come from the cache.
import sys
import tracemalloc

a = 2**40 + 12345
for b in (7, 10, 1000003, 2**29 + 3, 2**30 - 1):
    r = a % b
    print(b, r, sys.getsizeof(r), r is a % b)

tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
b = 1000003
r = a % b
print("remainder block:", tracemalloc.get_traced_memory()[0] - before)
del r
m = a
m %= b
print("in-place remainder block:", tracemalloc.get_traced_memory()[0] - before)
tracemalloc.stop()

acc = 0
for i in range(0, 400000, 97):
    acc = (acc + i * i) % 1000003
print("acc", acc)
# a negative dividend or divisor keeps the slot's sign fix-up
print((-a) % 7, a % -7, (-a) % -7, sys.getsizeof((-a) % 1000003))
