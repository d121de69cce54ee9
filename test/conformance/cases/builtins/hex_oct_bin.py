# hex(), oct(), bin(), int() round trips.
for n in (0, 1, -1, 10, 255, -255, 4096, 2 ** 64, -(2 ** 100)):
    print(n, hex(n), oct(n), bin(n), int(hex(n), 16), int(oct(n), 8), int(bin(n), 2), int(hex(n), 0))
print(f"{255:x} {255:X} {255:o} {255:b} {255:#x} {255:#010b} {-255:x}")
print(0xff, 0o17, 0b1010, 0XAB, 1_000_000, 0x_ff, int("ff", 16), int("0o17", 8), int("1010", 2), int("z", 36))
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), oct(Idx()), bin(Idx()))
for bad in (lambda: hex(1.5), lambda: bin("1"), lambda: oct(None), lambda: int("0x1g", 16), lambda: int("12", 1), lambda: int("12", 37)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
