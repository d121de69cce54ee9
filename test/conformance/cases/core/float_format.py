# repr/str/format of floats: shortest repr, exponent switch, format specs.
values = [0.0, -0.0, 1.0, 0.1, 1 / 3, 2 / 3, 100.0, 1e16, 1.5e16, 1e-4, 1e-5, 123.456, -987654.321,
          3.141592653589793, 2.5, 1e100, 1.7976931348623157e308, 5e-324, float("inf"), float("nan")]
for v in values:
    print(repr(v), str(v), f"{v}", format(v, ""))
for v in (3.14159, -2.5, 1234567.891, 0.000123456, 1e20):
    print(f"{v:f}|{v:.2f}|{v:e}|{v:.3E}|{v:g}|{v:.3g}|{v:G}|{v:%}|{v:.1%}")
    print(f"{v:10.2f}|{v:<10.1f}|{v:^12.3f}|{v:>+10.2f}|{v:010.2f}|{v:,.2f}|{v:_.3f}|{v: .2f}")
print(f"{1e-10:g} {1e15:g} {1e16:g} {123456789:g} {0.0001:g} {0.00001:g} {1.0:g} {1.0:#g}")
print(f"{2.5:.0f} {3.5:.0f} {-0.5:.0f} {0.125:.2f} {0.375:.2f} {1.005:.2f}")
print(format(1.0, ".0e"), format(12345.6789, "n"), format(0.5, ".0%"), format(-0.0, "f"), format(-0.0, "+.1f"))
print("%f %.3f %e %g %10.4f %-8.2f| %+.1e %G" % (1.5, 2.0 / 3, 12345.678, 0.00001234, 3.14159, 2.5, 1234.5, 1e-20))
print("{:.2f} {:8.3f} {:e} {!r} {}".format(1 / 3, 2 / 3, 1e-7, 0.1, 1e300 * 1e10))
print(str(1e22), str(1e21), str(123456789012345678.0), str(0.1 + 0.7), repr(1.1 * 1.1))
print(float("1e-7"), 1.0e-6, 12e3, 0.1e1, 1_000.5)
print(f"{float('inf'):10.2f}|{float('nan'):>6}|{float('-inf'):e}")
try:
    format(1.5, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, "x")
except ValueError as e:
    print(type(e).__name__, e)
