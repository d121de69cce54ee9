# Float arithmetic, special values and conversions.
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1.1 * 3, 2.5 / 0.5, 7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(divmod(7.5, -2), divmod(-0.0, 1), 2.0 ** 0.5, (-8.0) ** (1 / 3) if False else 8 ** (1 / 3))
print(1e16, 1e15, 123456789.0, 1.5e-7, 0.0001, 0.00001, 1e22, 1e21, -0.0, 1 / 3)
print(float("inf"), float("-inf"), float("nan"), float(" 1.5 "), float("1e3"), float("-iNF"), float("1_0.5"))
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf < 0 < inf, nan == nan, nan != nan, nan < 1, nan > 1)
print(inf == inf, 1e308 * 10 == inf, max(1.0, inf), min(-inf, 0.0))
print(3.0.is_integer(), 3.5.is_integer(), (2.5).as_integer_ratio(), (0.1).as_integer_ratio())
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).hex(), (-0.0).hex())
print(int(1e20), int(-2.9), int(2.9), round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2))
print(round(1234.5678, -2), round(1234.5678, 1), round(5.0), type(round(5.0)).__name__, type(round(5.0, 0)).__name__)
print(abs(-3.5), -3.5 .__abs__(), float(True), float(10 ** 20), 10 ** 20 * 1.0)
print(1.0 == 1, 1.5 > 1, 2 ** 53 + 1 == float(2 ** 53 + 1), float(2 ** 53 + 1))
print(5 / 2, 4 / 2, -5 / 2, 0.5 * 3, 1 - 0.9)
print(sum([0.1] * 10), 1e-320, 5e-324, 5e-324 / 2, 1.7976931348623157e308)
print(hash(1.0), hash(0.5), hash(-1.0), hash(1.5), hash(float("inf")), hash(2.0 ** 70) == hash(2 ** 70))
for s in ("abc", "", "1.2.3", "nan1"):
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
for f in (lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: 0.0 ** -1, lambda: (-1.0) ** 0.5):
    try:
        print(f())
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
