# Integer arithmetic: + - * / // % ** on small and negative ints.
vals = [7, -7, 3, -3, 0, 1, -1, 10, 255]
for a in (7, -7, 10, -10):
    for b in (3, -3, 1, 4):
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 0 ** 0, pow(3, 4, 5), pow(-3, 3, 7))
print(pow(3, -1, 7), pow(38, -1, 97))
print(10 // 3 * 3 + 10 % 3)
print(-17 // 5, -17 % 5, 17 // -5, 17 % -5, -17 // -5, -17 % -5)
print(int("42"), int("-0x1f", 16), int("0b101", 0), int("  12  "), int("1_000"), int(3.99), int(-3.99))
print(int("z", 36), int("777", 8), int(True))
x = 5
x += 3; print(x)
x -= 10; print(x)
x *= -4; print(x)
x //= 3; print(x)
x %= 5; print(x)
x **= 3; print(x)
print(abs(-12), -(-12), +12, ~12, ~-1)
print(1 + True, True + True, 3 * False)
print((5).bit_length(), (-5).bit_length(), (0).bit_length(), (255).bit_count(), (-6).bit_count())
print((1024).to_bytes(2, "big"), int.from_bytes(b"\x04\x00", "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xfe", "big", signed=True))
print((17).__divmod__(5), (6).conjugate(), (6).real, (6).imag, (6).numerator, (6).denominator)
print((10).as_integer_ratio())
for bad in ((1, 0), (1, 0.0)):
    try:
        print(bad[0] // bad[1])
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
ops = [
    ("1/0", lambda: 1 / 0),
    ("1%0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("pow(2, -1, 4)", lambda: pow(2, -1, 4)),
    ("pow(2, 3, 0)", lambda: pow(2, 3, 0)),
    ("1 << -1", lambda: 1 << -1),
]
for text, op in ops:
    try:
        print(op())
    except (ZeroDivisionError, ValueError) as e:
        print(text, type(e).__name__, e)
for s in ("abc", "1.5", "", "0x10", "12a"):
    try:
        int(s)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int(1, 2)
except TypeError as e:
    print(e)
