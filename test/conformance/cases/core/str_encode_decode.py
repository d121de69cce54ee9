# str.encode / bytes.decode with codecs and error handlers.
s = "héllo wörld €😀"
u8 = s.encode()
print(u8, len(u8), u8.decode(), s.encode("utf-8") == u8)
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("latin-1", "replace"), "abc".encode("latin-1"), "é".encode("latin-1"), "é".encode("utf-16-le"), "A".encode("utf-32-be"))
print(b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"), b"\xff\xfeA\x00".decode("utf-16"), b"abc".decode("ascii"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "backslashreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.start, e.end, repr(e.object[e.start:e.end]), e.reason)
try:
    b"a\xffb".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b"\xe2\x82".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(isinstance(UnicodeDecodeError("utf-8", b"", 0, 1, "x"), ValueError))
