# get_traced_memory() peak with exact numbers: a temporary block raises the peak by its request size
# (bytes objects: 33 + length), reset_peak() (3.9+) brings the peak down to the current value.
import gc
import tracemalloc

R = [0] * 20
t = tracemalloc.get_traced_memory
gc.collect()
tracemalloc.start()
ballast = bytes(300)
R[0] = t()  # warm-up
R[1] = t()
tmp = bytes(10000)
del tmp
R[2] = t()
tracemalloc.reset_peak()
R[3] = t()
tmp = bytes(5000)
tmp2 = bytes(2000)
del tmp, tmp2
R[4] = t()
tracemalloc.reset_peak()
keep = bytes(4000)
R[5] = t()
tracemalloc.stop()
print("peak - current before:", R[1][1] - R[1][0])
print("after a temporary bytes(10000):", R[2][1] - R[2][0])
print("right after reset_peak:", R[3][1] - R[3][0])
print("after bytes(5000) and bytes(2000) together:", R[4][1] - R[4][0])
print("peak rises with a kept block:", R[5][1] - R[5][0], R[5][0] - R[4][0])
