# bytes: literals, indexing, methods, conversions.
b = b"Hello\x00\xffWorld"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], list(b[:3]), b"a" in b"abc", 104 in b"hi")
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("héllo", "utf-8"), bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"abc".hex("-"))
print(b"a,b,c".split(b","), b" x ".strip(), b"abc".upper(), b"ABC".lower(), b"abc".replace(b"b", b"XX"), b"-".join([b"a", b"b"]))
print(b"hello".find(b"l"), b"hello".count(b"l"), b"hello".startswith(b"he"), b"hello".endswith(b"lo"), b"hello".index(b"o"))
print(b"abc" + b"def", b"ab" * 3, b"abc" < b"abd", b"abc" == b"abc", b"a" == "a", b"123".isdigit(), b"abc".isalpha(), b"  ".isspace())
print(b"%d bytes" % 5, b"hello world".title(), b"abc".center(7, b"*"), b"tab\tx".expandtabs(4), b"ab".zfill(4))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\n\r\\"), bytes([0, 127, 128, 255]))
print(int.from_bytes(b"\x01\x02", "big"), b"x".decode(), str(b"abc"), b"abc".decode("ascii"))
print(hash(b"") == hash(""), b"abc"[1:2] == b"b", type(b"abc"[0]).__name__)
for f in (lambda: b"abc" + "d", lambda: bytes([256]), lambda: bytes("abc"), lambda: b"abc"[5], lambda: bytes.fromhex("zz"), lambda: b"x".decode("ascii")[0] + 1):
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
