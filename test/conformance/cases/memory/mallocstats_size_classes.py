# sys._debugmallocstats() deltas: bytes objects of chosen lengths land in chosen size classes.
# bytes of length n request 33 + n bytes; class = (request - 1) >> 4, blocks of (class + 1) * 16 bytes.
# Lengths > 479 make requests over 512 bytes, which go to the system allocator instead.
import gc
import sys

lengths = [2, 15, 16, 31, 47, 100, 200, 300, 478, 479, 480, 1000]
keep = [None] * len(lengths)
stats = sys._debugmallocstats
gc.collect()
keep[0] = bytes(3)  # warm-up after the collection
keep[0] = None
stats()
i = 0
while i < len(lengths):
    keep[i] = bytes(lengths[i])
    stats()
    i += 1
print("lengths:", lengths)
print("requests:", [33 + n for n in lengths])
print("classes:", [(33 + n - 1) >> 4 if 33 + n <= 512 else None for n in lengths])
