# complex numbers basics.
z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z - w, z * w, z / w, -z, abs(z), z.conjugate(), z.real, z.imag)
print(complex("1+2j"), complex(2), complex(), 1j * 1j, (1 + 1j) ** 2, 2 ** (1j * 0))
print(repr(1j), repr(-1j), repr(0j), repr(complex(-0.0, -0.0)), str(1.5 + 0j), complex(1, 0) == 1)
print(f"{z}", f"{z:.2f}", format(w, "^20"), "%s" % z)
print(hash(1 + 0j) == hash(1), z == complex(3, 4), type(z).__name__)
try:
    z < w
except TypeError as e:
    print(type(e).__name__, e)
try:
    z / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    int(z)
except TypeError as e:
    print(type(e).__name__, e)
