# str strip/pad/prefix helpers.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abcHELLOcba".strip("abc")))
print(repr("www.example.com".lstrip("cmowz.")), repr("mississippi".rstrip("ips")), repr("".strip()))
print(repr("hi".center(7)), repr("hi".center(8, "*")), repr("hi".ljust(5, ".")), repr("hi".rjust(5)), repr("long".center(2)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "".zfill(3), "-".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("ab\t\ncd\te".expandtabs(3)))
print("TestCase".removeprefix("Test"), "TestCase".removeprefix("case"), "file.py".removesuffix(".py"), "file.py".removesuffix(""))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".strip(5)
except TypeError as e:
    print(type(e).__name__, e)
