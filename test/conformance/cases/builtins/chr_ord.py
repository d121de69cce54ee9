# chr() and ord().
print([ord(c) for c in "Aa0 \n~é€😀"], [chr(n) for n in (65, 97, 48, 32, 233, 8364, 128512)])
print(chr(0) == "\x00", repr(chr(127)), repr(chr(0x10FFFF)), ord(chr(0x10FFFF)), ord(b"A"), ord(bytearray(b"z")))
print("".join(chr(ord(c) + 1) for c in "HAL"), [chr(i) for i in range(ord("a"), ord("f"))])
def caesar(s, k):
    return "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in s)
print(caesar("hello world", 3), caesar(caesar("hello world", 3), -3))
for bad in (lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: ord("ab"), lambda: ord(""), lambda: ord(5), lambda: chr(1.5)):
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
