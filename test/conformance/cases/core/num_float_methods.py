# float methods: hex/fromhex, ratios, rounding protocol, format, getformat, subclasses, special values.
for x in (0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 5e-324, 123.456, 2.0 ** 60):
    print(repr(x), x.hex(), x.is_integer(), x.as_integer_ratio(), x.conjugate(), x.real, x.imag)
print(float.fromhex("0x1.8p1"), float.fromhex(" -0x1p-1074 "), float.fromhex("inf"), float.fromhex("0x.8"), float.fromhex("1P4"))
print(float.fromhex((0.1).hex()) == 0.1, float.__getformat__("double"), float.__getformat__("float"))
class F(float):
    pass
f = F.fromhex("0x1p3")
print(type(f).__name__, f, type(F(2.5).real).__name__, type(F(2.5).conjugate()).__name__, F(1.5) + 1, type(F(1.5) + 1).__name__)
print((2.5).__round__(), (3.5).__round__(), (2.675).__round__(2), (-1.5).__round__(), (1234.5).__round__(-2), type((2.5).__round__(None)).__name__)
print((2.7).__trunc__(), (-2.7).__trunc__(), (2.7).__floor__(), (-2.7).__floor__(), (2.1).__ceil__(), (-2.1).__ceil__(), (1e20).__floor__())
print((3.0).__getnewargs__(), format(3.14159, ".2f"), (2.5).__format__("08.3f"), (1e100).__format__(""), format(-0.0, "z.1f"), format(1.5, "%"))
for bad in (lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(), lambda: float.fromhex("0x1p9999"),
            lambda: float.fromhex("zz"), lambda: float("inf").__floor__(), lambda: float("nan").__trunc__(), lambda: float.__getformat__("int"),
            lambda: (1.5).__round__(1.5), lambda: round(float("inf"))):
    try:
        print(bad())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(1.0 % 3, -1.0 % 3, 5.5 % -2, divmod(-7.5, 2), divmod(7, -2.0), 2 ** -2, (-2) ** -3, 10 ** -1)
print(10 ** 16 == 1e16, 10 ** 16 + 1 == 1e16, 2 ** 1000 > 1e300, 2 ** 1024 > float("inf"), -(2 ** 1024) < float("-inf"), 9007199254740993 == 9007199254740992.0)
for bad in (lambda: 1.0 % 0, lambda: 1 % 0.0, lambda: divmod(1.0, 0.0), lambda: 0 ** -1, lambda: 0.0 ** -2.5, lambda: float(2 ** 1024), lambda: 2 ** 1024 + 0.5, lambda: 10 ** 400 / 1):
    try:
        print(bad())
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
