# int(): from strings, floats, bases, __int__/__index__/__trunc__, and errors.
print(int(), int(0), int(-7), int(3.99), int(-3.99), int(True), int("  -42\n"), int("+7"), int("1_000_000"), int("0"), int("000"), int("-0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o777", 0), int("0b1111", 0), int("777", 8), int("11", 2), int("zz", 36), int("Z", 36))
print(int(b"42"), int(bytearray(b"-5")), int("١٢٣"), int(1e18), int(2.5e20), int(-0.0), int(10 ** 20 + 0.0))
class HasInt:
    def __int__(self):
        return 7
class HasIndex:
    def __index__(self):
        return 8
class HasTrunc:
    def __trunc__(self):
        return 9
print(int(HasInt()), int(HasIndex()))
import warnings
warnings.simplefilter("ignore")
try:
    print(int(HasTrunc()))
except TypeError as e:
    print(type(e).__name__, e)
for bad in ("", " ", "1.0", "1 2", "_1", "1__0", "1_", "0x", "08", "٣x", "ten", "0b2"):
    try:
        int(bad, 0) if bad in ("08", "0b2") else int(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
for bad in (lambda: int(None), lambda: int([1]), lambda: int("1", base=1), lambda: int(1.5, 10), lambda: int(float("inf")), lambda: int(float("nan")), lambda: int("9" * 5000)):
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
