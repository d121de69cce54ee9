# abs() and round(): ints, floats, banker's rounding, ndigits, custom types.
print(abs(-5), abs(5), abs(-0.0), abs(-2.5), abs(-2 ** 70), abs(True), abs(-3 + 4j), abs(float("-inf")))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.14159, 2), round(3.14159, 0), round(2.675, 2), round(1.005, 2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1), round(5, 1), round(7, 0))
print(round(123.456, -1), round(123.456, -2), round(0.1 + 0.2, 10), round(1e20), round(2 ** 0.5, 5), round(-0.4), type(round(-0.4)).__name__)
print(round(5.5, None), round(6.5), round(1e-10, 3), repr(round(-0.001, 2)), round(0.0005, 3), round(2.5, 1))
class R:
    def __round__(self, n=None):
        return f"rounded({n})"
    def __abs__(self):
        return "absolute"
print(round(R()), round(R(), 3), abs(R()))
for bad in (lambda: round("1.5"), lambda: abs("x"), lambda: round(1.5, 1.0), lambda: round(float("nan")), lambda: abs(None)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
