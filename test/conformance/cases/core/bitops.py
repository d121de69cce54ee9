# Bitwise operators on positive, negative and big ints.
pairs = [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1), (2 ** 70, -(2 ** 65) + 3)]
for a, b in pairs:
    print(a, b, a & b, a | b, a ^ b, ~a, a >> 2, a << 3)
print(1 << 0, 1 << 62, 1 << 63, -1 >> 100, 5 >> 100, -(2 ** 80) >> 79)
print(0b1010 & 0b0110, 0o17 | 0x30, 0xFF ^ 0x0F)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 2).__name__)
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(flags, bin(flags), [(flags >> i) & 1 for i in range(7)])
flags &= ~(1 << 3)
print(flags)
flags ^= 0b11
print(flags)
flags <<= 4
flags >>= 1
print(flags)
try:
    print(1 << -2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1 >> -2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1.0 & 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(~1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(int.bit_length(-2 ** 64), (2 ** 64 - 1).bit_count())
