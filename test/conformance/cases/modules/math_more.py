# math: argument conversion, int paths, special values and errors per function.
import math
class Idx:
    def __index__(self):
        return 7
class Flt:
    def __float__(self):
        return 0.25
class Fl:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"
print(math.sqrt(Flt()), math.sqrt(Idx()), math.factorial(Idx()), math.floor(Fl()), math.ceil(Fl()), math.trunc(Fl()), math.floor(True), math.ceil(-0.5))
print(math.log(2 ** 2000), math.log2(2 ** 1500), math.log10(10 ** 400), math.log(10 ** 500, 10), math.log(8, 2.0), math.log1p(1e-20), math.log(True) if False else math.log(1))
print(math.cbrt(27), math.cbrt(-8), math.cbrt(2), math.exp2(0.5), math.exp2(-1074), math.expm1(1e-10), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-7, 4), math.remainder(3, math.inf))
print(math.fmod(7, -3), math.fmod(-0.0, 1), math.fmod(1, math.inf), math.copysign(1, -0.0), math.copysign(math.inf, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.hypot(), math.hypot(-3), math.hypot(3, 4, 12))
print(math.modf(-3.5), math.modf(math.inf), math.frexp(-0.75), math.frexp(5e-324), math.ldexp(1, -1075), math.ldexp(1, 10 ** 10 * 0) if True else 0, math.ulp(1e300), math.ulp(-0.0), math.nextafter(0.0, -1.0))
print(math.gcd(), math.gcd(-12, 18), math.gcd(2 ** 100, 6 ** 50), math.lcm(), math.lcm(-4, 6), math.lcm(0, 5), math.isqrt(2 ** 200), math.isqrt(0), math.comb(100, 50), math.perm(10, 0), math.perm(3, 5), math.comb(3, 5))
print(math.prod([1.5, 2]), math.prod([2, 3], start=0.5), math.prod([[1], 2]) if False else math.prod(["ab", 3]), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]), math.fsum(iter([0.1] * 3)))
print(math.dist([0, 0, 0], [1, 2, 2]), math.dist((1.5,), (-1.5,)), math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.gamma(0.5), math.gamma(10), math.lgamma(0.5), math.lgamma(-2.5), math.erf(0.5), math.erfc(0.5), math.tanh(20), math.asinh(-1), math.acosh(2), math.atanh(0.5))
print(math.pow(2, -1074), math.pow(-8, 1 / 3) if False else math.pow(-8, 3), math.pow(0.0, 0), math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(-math.inf, 3), math.pow(-math.inf, -3), math.pow(0.5, -math.inf))
for bad in (lambda: math.sqrt(-0.1), lambda: math.log(0.0), lambda: math.log(-(2 ** 100)), lambda: math.log(1, 1), lambda: math.log2(-1), lambda: math.pow(0, -2),
            lambda: math.pow(-2, 0.5), lambda: math.exp(710), lambda: math.ldexp(1.0, 1025), lambda: math.gamma(-2), lambda: math.lgamma(0), lambda: math.acosh(0.5),
            lambda: math.atanh(1), lambda: math.fmod(math.inf, 2), lambda: math.remainder(math.inf, 2), lambda: math.isqrt(-4), lambda: math.factorial(3.0),
            lambda: math.comb(-1, 2), lambda: math.perm(2, -1), lambda: math.gcd(1.0), lambda: math.sqrt("4"), lambda: math.ldexp(1, 2.0), lambda: math.trunc(None),
            lambda: math.floor([]), lambda: math.isclose(1, 2, rel_tol=-0.1), lambda: math.dist((1,), (1, 2)), lambda: math.fsum([math.inf, -math.inf]),
            lambda: math.fsum([1e308, 1e308]), lambda: math.sqrt(10 ** 400), lambda: math.exp(10 ** 400), lambda: math.cosh(1000), lambda: math.sin(math.inf)):
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for name, call in (("log()", lambda: math.log()), ("log(1, 2, 3)", lambda: math.log(1, 2, 3)), ("pow(1)", lambda: math.pow(1)), ("sqrt()", lambda: math.sqrt()),
                   ("sqrt(1, 2)", lambda: math.sqrt(1, 2)), ("hypot(x=1)", lambda: math.hypot(x=1)), ("comb(1)", lambda: math.comb(1)), ("nextafter(1, 2, 3)", lambda: math.nextafter(1, 2, 3))):
    try:
        call()
    except TypeError as e:
        print(name, "->", e)
print(hasattr(math, "sumprod"), hasattr(math, "fma"), math.sumprod([1, 2, 3], [4, 5, 6]) if hasattr(math, "sumprod") else None, math.sumprod([0.1] * 10, [10] * 10) if hasattr(math, "sumprod") else None)
print(math.sumprod([1.5, 2], [2, 0.25]) if hasattr(math, "sumprod") else None, math.sumprod([], []) if hasattr(math, "sumprod") else None, math.fma(2, 3, 0.5) if hasattr(math, "fma") else None)
