# A fragmented heap of about 65 arenas: 140,000 bytes objects of 473 bytes (480-byte blocks, 34 per
# 16 KiB pool) are allocated, then all but one in 34 are freed. Every pool keeps one live block, so
# no arena can be returned to the system: 65 arenas for about 4,100 objects.
blocks = [bytes(440) for _ in range(140000)]
survivors = blocks[::34]
del blocks
n = len(survivors)
total = n * 440
print(n, total)
