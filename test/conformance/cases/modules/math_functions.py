# math: constants, rounding, powers, logs, trig, integer functions.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(3), math.ceil(2.0000001), type(math.floor(2.5)).__name__, math.floor(1e20))
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 30), math.pow(2, 10), math.exp(1), math.exp(0), math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(0), math.log(10 ** 400) > 900)
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 6), 12), math.tan(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.factorial(0), math.factorial(20), math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(2, 3, 4), math.comb(10, 3), math.perm(5, 2), math.perm(5))
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 4), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(1e308), math.isinf(-math.inf), math.fsum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 6), start=2), math.dist((0, 0), (3, 4)), math.erf(0), math.gamma(5), math.lgamma(1))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.asin(1), math.acos(1), math.sinh(0), math.cosh(0), math.atanh(0))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.exp(1000), lambda: math.isqrt(-1), lambda: math.acos(2), lambda: math.comb(3, -1)):
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
