# Traced size of math.factorial results: 0! .. 20! come from a table at their exact size; larger ones are
# the odd part shifted left by n - popcount(n), so they keep long_lshift's allocation (one digit more
# when the shift is not a whole number of digits).
import gc
import math
import tracemalloc

ns = [5, 20, 21, 25, 30, 34, 40, 63, 64, 100, 170, 500]
N = len(ns)
out = [None] * N
M = [0] * (2 * N + 2)
t = tracemalloc.get_traced_memory
gc.collect()
tracemalloc.start()
ballast = bytes(300)
M[0] = t()[0]
M[1] = t()[0]
k = 0
while k < N:
    x = ns[k]
    M[2 * k + 2] = t()[0]
    out[k] = math.factorial(x)
    M[2 * k + 3] = t()[0]
    k += 1
tracemalloc.stop()
for k in range(N):
    print(ns[k], M[2 * k + 3] - M[2 * k + 2] - 32)
