# divmod() and pow() including 3-argument pow and modular inverse.
for a, b in ((17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (7.5, 2), (-7.5, 2), (2 ** 70, 3 ** 20), (5, 0.5)):
    print(a, b, divmod(a, b))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3) if False else pow(4, 0.5), pow(0, 0), pow(-2, 3), pow(2, 100))
print(pow(3, 200, 1000), pow(5, 0, 7), pow(-3, 5, 7), pow(3, 5, -7), pow(2, -1, 5), pow(7, -2, 11), pow(123456789, 98765, 10 ** 9 + 7))
print(pow(base=2, exp=5), pow(2, exp=5, mod=3), (-8) ** (1 / 3), pow(-1, 0.5))
for bad in (lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: divmod("a", 1), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: pow(2, -1, 4), lambda: pow(0, -1), lambda: pow(2, 1.5, 3)):
    try:
        print(bad())
    except (ZeroDivisionError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
