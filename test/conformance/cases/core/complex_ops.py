# complex: constructor forms and errors, repr edge cases, mixed arithmetic, powers, format, hash, subclasses.
inf = float("inf")
nan = float("nan")
print(complex(), complex(2), complex(2.5, -1), complex("3-4j"), complex(" (1+2j) "), complex("j"), complex("-J"), complex("1e3j"), complex("1_0+2_0j"))
print(complex(1j, 1j), complex(1 + 2j, 3), complex(real=1, imag=-2), complex(imag=3), complex(True, False), complex("inf-nanj"), complex("-infinityj"))
print(repr(complex(0.0, 0.0)), repr(complex(-0.0, 0.0)), repr(complex(0.0, -0.0)), repr(complex(-0.0, -0.0)), repr(complex(nan, inf)), repr(complex(1e20, 1e-7)), repr(complex(100.0, 1.5)))
print(repr(-1j), repr(1 - 1j), repr(-(1 + 0j)), str(2 + 3j), repr(complex(1, nan)), repr(complex(-inf, -inf)))
for bad in (lambda: complex("1+2j", 1), lambda: complex(1, "2"), lambda: complex([]), lambda: complex(1, {}), lambda: complex("x"), lambda: complex("1+"),
            lambda: complex("1__2j"), lambda: complex(1, 2, 3)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
z = 3 + 4j
print(z + 1, 1 + z, z - 2.5, 2.5 - z, z * 2, 2 * z, z / 2, 2 / z, z * 1j, -z, +z, abs(z), z == 3 + 4j, z != 3, 5 + 0j == 5, 5 + 0j == 5.0)
print(1j * 1j, 1j ** 2, (1 + 1j) ** 3, (1 + 1j) ** -2, (2 + 0j) ** 0.5, 1j ** 1j, (1 + 2j) ** (3 - 1j), 2 ** (1 + 1j), 0j ** 0, (0j) ** 2)
print((-8) ** (1 / 3), (-1.0) ** 0.5, pow(-27, 1 / 3), (-2.0) ** 1.5, complex(inf, 1) / (1 + 1j), (1 + 1j) / complex(inf, 1))
for bad in (lambda: z / 0, lambda: z / 0j, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: (10 + 10j) ** 400, lambda: pow(z, 2, 3), lambda: z < 1,
            lambda: z // 2, lambda: z % 2, lambda: divmod(z, 1), lambda: int(z), lambda: float(z), lambda: round(z), lambda: abs(complex(1e308, 1e308))):
    try:
        print(bad())
    except (ZeroDivisionError, OverflowError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(hash(3 + 0j) == hash(3), hash(1.5 + 0j) == hash(1.5), hash(1j), hash(2 - 3j), hash(complex(-1, 0)), {1: "a", 1 + 0j: "b"})
print(format(z, ""), format(z, "10"), format(z, "<12"), format(z, "^14.2f"), format(z, "+.1e"), format(1j, "g"), format(-1j, ".3"), format(1234.5 + 6789j, ",.1f"), f"{z!r:>12}")
for spec in ("010", "=10", "d", "s"):
    try:
        print(format(z, spec))
    except ValueError as e:
        print(type(e).__name__, e)
print(z.conjugate(), z.real, z.imag, z.__complex__() is z, z.__getnewargs__(), type(z.real).__name__, bool(0j), bool(1e-300j))
class C(complex):
    def __repr__(self):
        return "C" + super().__repr__()
c = C(1, 2)
print(c, type(c + 1).__name__, type(-c).__name__, type(+c).__name__, complex(c), type(complex(c)).__name__, c == 1 + 2j, isinstance(c, complex))
class HasComplex:
    def __complex__(self):
        return 5 - 1j
class HasFloat:
    def __float__(self):
        return 2.5
print(complex(HasComplex()), complex(HasFloat()), complex(HasFloat(), HasFloat()), complex(HasComplex(), 1))
