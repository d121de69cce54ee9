# repr(), str(), format() and ascii() of built-in objects.
objs = [0, -1, 1.0, 1e-5, 1e100, 2 ** 70, 1 + 2j, True, None, "s", "it's", 'q"', "a\nb", "é", b"bytes", bytearray(b"ba"), [1, "a"], (1,), (), {"k": [1]},
        {1, 2}, set(), frozenset({3}), frozenset(), range(3), range(1, 9, 2), slice(1, None), Ellipsis, NotImplemented, int, len, ValueError("v"), KeyError("k")]
for o in objs:
    print(repr(o), "|", str(o), "|", format(o), "|", ascii(o))
print(format(255, "x"), format(255, "08b"), format(3.5, ".3e"), format("s", "^5"), format(1234567, ","), format(0.5, "%"), format(-3, "+05d"), format(True, "d"), format(None, ""))
try:
    format(None, "d")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format([], "x")
except TypeError as e:
    print(type(e).__name__, e)
print(repr(repr), repr(print).startswith("<built-in function print"), str(b"a"), str(b"a", "ascii"), str(bytearray(b"z"), "utf-8"))
