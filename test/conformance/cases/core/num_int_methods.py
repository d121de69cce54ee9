# int methods and attributes: bit ops, bytes conversion, rounding protocol, format, ratio, getsets.
import sys
for v in (0, 1, -1, 255, -256, 2 ** 64, -(2 ** 100) + 3):
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag, v.numerator, v.denominator)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="little"), (5).to_bytes())
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff" * 9, "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80"), "big", signed=True), int.from_bytes(b"\x2a"))
class MyInt(int):
    pass
m = MyInt.from_bytes(b"\x07", "big")
print(type(m).__name__, m, type(MyInt(5).real).__name__, type(True.real).__name__, True.real, True.numerator)
for bad in (lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(-1, "big"),
            lambda: (1).to_bytes(1, "middle"), lambda: int.from_bytes("ab", "big"), lambda: int.from_bytes([256], "big"),
            lambda: (1).to_bytes(1, 5)):
    try:
        print(bad())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(round(12345, -2), round(12355, -1), round(-12345, -1), round(7, 2), round(7), (17).__round__(-1), (15).__round__(-1), (25).__round__(-1))
print((7).__trunc__(), (7).__floor__(), (-7).__ceil__(), (7).__index__(), (7).__getnewargs__(), True.__round__(), type(True.__floor__()).__name__)
print(format(255, "x"), format(255, "#b"), format(1234567, ","), format(-42, "+08d"), format(42, "^9"), (255).__format__("o"), True.__format__(""), True.__format__("d"))
print(format(10 ** 20, "_"), format(3, "e"), format(7, ".2%"), f"{12:>6}", f"{-3:x}")
print((12).__sizeof__(), (0).__sizeof__(), (2 ** 30).__sizeof__(), (2 ** 100).__sizeof__(), (-5).__sizeof__())
print(hasattr(1, "is_integer"), (5).is_integer() if sys.version_info >= (3, 12) else "n/a")
for bad in (lambda: (5).__round__(1.5), lambda: round(5, "x"), lambda: (5).bit_length(1), lambda: int.from_bytes()):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
