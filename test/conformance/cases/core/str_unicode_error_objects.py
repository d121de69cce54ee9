# UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError: args, attributes and str() from codecs
# and from the constructors.
cases = [lambda: "héllo😀".encode("ascii"), lambda: "ab😀".encode("latin-1"), lambda: "a\u1234".encode("ascii"),
         lambda: b"a\xffb".decode("utf-8"), lambda: b"\xe2\x82".decode("utf-8"), lambda: b"ab\xff\xfe".decode("ascii")]
for f in cases:
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, e)
        print('  ', e.args, e.encoding, e.start, e.end, repr(e.object), e.reason)
e = UnicodeEncodeError("ascii", "x", 0, 1, "r")
print(e, repr(e), e.args)
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")
print(e, repr(e))
e = UnicodeTranslateError("x\u20ac", 1, 2, "no")
print(e, e.start, e.object)
e.start = 0
e.reason = "why"
print(e)
for f in (lambda: UnicodeEncodeError("a"), lambda: UnicodeDecodeError("a", "b", 0, 1, "r"), lambda: UnicodeEncodeError(1, "x", 0, 1, "r")):
    try:
        f()
    except TypeError as x:
        print(type(x).__name__, x)
print(isinstance(UnicodeDecodeError("utf-8", b"", 0, 1, "x"), ValueError), str(UnicodeDecodeError("utf-8", b"", 0, 1, "x")))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(ascii("é"), ascii([1, "é", "\U0001f600"]), f"{'é'!a}", "%a" % "é", "{!a}".format("é"))
