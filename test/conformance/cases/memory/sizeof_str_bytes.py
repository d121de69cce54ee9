# sys.getsizeof for str (ASCII, latin-1, BMP, astral) and bytes of various lengths.
import sys

for n in [0, 1, 2, 7, 8, 15, 16, 100, 1000]:
    print("ascii len", n, sys.getsizeof("a" * n))
for s in ["\xe9", "\xe9" * 2, "caf\xe9", "\xff" * 10, "\u65e5", "\u65e5\u672c", "\u65e5" * 10, "\U0001f600", "\U0001f600" * 2, "a\U0001f600", "\u0100"]:
    print("non-ascii", ascii(s), len(s), sys.getsizeof(s))
print("str from int:", sys.getsizeof(str(12345)))
print("str concat at runtime:", sys.getsizeof("ab" + str(1)))
print("utf-8 decoded:", sys.getsizeof(b"caf\xc3\xa9".decode()))
print("mixed then ascii slice:", sys.getsizeof("h\xe9llo"[2:]))
for n in [0, 1, 2, 10, 100, 1000]:
    print("bytes len", n, sys.getsizeof(b"x" * n))
print("bytes(5):", sys.getsizeof(bytes(5)))
print("encode:", sys.getsizeof("hello".encode()))
print("str.__sizeof__('abc'):", "abc".__sizeof__())
s = "ascii"
u = s + "\xe9"
print("after utf8 cache? len(u.encode()) then size:", len(u.encode()), sys.getsizeof(u))
print("utf-8 buffer after encode of ascii:", sys.getsizeof(s))
