# Traced size of sum() over ints: exact ints and bools add up in a C long without making objects, and the
# total is made at its exact size; once a partial sum leaves the C long range the rest goes through int
# addition, whose results keep a carry digit.
import gc
import tracemalloc

B = 2 ** 30
data = [
    list(range(100000)), [B - 1, 5, 7], [B, B], [2 ** 62, 2 ** 62], [2 ** 40, -2 ** 41, 3], [True, B, B],
    [2 ** 70, 1], [B * B, 2 ** 62, 2 ** 62, 1], [],
]
N = len(data)
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
    d = data[k]
    M[2 * k + 2] = t()[0]
    out[k] = sum(d)
    M[2 * k + 3] = t()[0]
    k += 1
tracemalloc.stop()
for k in range(N):
    print(k, out[k], M[2 * k + 3] - M[2 * k + 2] - 32)
