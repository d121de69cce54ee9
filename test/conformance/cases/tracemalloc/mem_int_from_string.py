# Traced sizes of ints parsed from text: PyLong_FromString allocates from the number of digit characters
# (leading zeros included): power-of-two bases exactly, other bases by an upper estimate, so a short
# decimal gets a one-digit 28-byte block (not the 32-byte block of arithmetic's small-value path).
import gc
import tracemalloc

texts = [
    ("123456", 10), ("-999999", 10), ("0" * 26 + "1000", 10), ("1_000_000_000_000", 0), ("0b" + "1" * 40, 0),
    ("0o7777777777777", 0), ("0x" + "0" * 16 + "ffff", 0), ("z" * 13, 36), ("  42424242  ", 10),
    ("4242424242424242424242", 10), ("1" * 19, 10), ("9" * 50, 10), ("\u0663" * 12, 10), ("0", 10), ("255", 16),
]
N = len(texts) + 1
out = [None] * N
M = [0] * (2 * N + 2)
t = tracemalloc.get_traced_memory
gc.collect()
tracemalloc.start()
ballast = bytes(300)
M[0] = t()[0]
M[1] = t()[0]
k = 0
while k < len(texts):
    s, base = texts[k]
    M[2 * k + 2] = t()[0]
    out[k] = int(s, base)
    M[2 * k + 3] = t()[0]
    k += 1
M[2 * k + 2] = t()[0]
out[k] = int(b"9876543210987")
M[2 * k + 3] = t()[0]
tracemalloc.stop()
for k in range(N):
    print(k, M[2 * k + 3] - M[2 * k + 2] - 32)
