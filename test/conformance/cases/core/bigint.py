# Arbitrary-precision integers.
a = 2 ** 100
b = 3 ** 70
print(a)
print(b)
print(a + b, a - b, a * b)
print(a // b, a % b, b // 7, b % 7)
print(-a // 7, -a % 7, a // -7, a % -7)
print(divmod(-b, 12345678901234567890))
print(a ** 3)
print(2 ** 200 // 2 ** 199, (2 ** 64) - 1, -(2 ** 63))
f = 1
for i in range(1, 41):
    f *= i
print("40! =", f)
print(len(str(f)), str(f).count("0"))
print(f >> 30, f << 5, f & 0xFFFFFFFF, f | 1, f ^ (f >> 1))
print(-f >> 10, ~f)
print(hex(a), oct(b), bin(2 ** 70 + 5))
print(a == 1267650600228229401496703205376, a > b, a < b * 10)
print(pow(7, 123456789, 10 ** 9 + 7))
print(pow(2, 1000, 10 ** 20))
print(abs(-a), int(str(b)) == b, int("-" + "9" * 50) + 1)
print(1 << 64, (1 << 64) >> 63, (1 << 100).bit_length())
print(10 ** 30 / 10 ** 10, 10 ** 20 / 3)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100))
print(round(123456789012345678901234567890, -10))
print(sum(range(10 ** 6 - 100, 10 ** 6)))
print(int("1" * 40) * int("9" * 40))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
print(1e308 * 10, -1e308 * 10)
