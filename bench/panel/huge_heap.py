# A heap of small objects filling about 70 arenas: 560,000 tuples of two floats (64-byte and 32-byte
# blocks), 1.68 million live objects allocated by the program, one list holding them (a raw block).
pts = [(i * 0.5, i * 0.25) for i in range(560000)]
n = len(pts)
print(n, pts[-1])
