# base64: b64 / urlsafe / b32 / b32hex / b16 / a85 / b85 encodings and MIME lines, round trips, and the
# result objects (bytes of exactly the encoded length)
import base64
import sys

data = [b'', b'a', b'ab', b'abc', b'abcd', b'abcde', bytes(range(256)), b'\x00\x00\x00\x00', b'    ',
        b'\xff\xfe', bytearray(b'mutable'), memoryview(b'view')]
for d in data:
    print(base64.b64encode(d), base64.urlsafe_b64encode(d), base64.standard_b64encode(d))
    print(base64.b32encode(d), base64.b32hexencode(d), base64.b16encode(d))
    print(base64.a85encode(d), base64.b85encode(d), base64.b85encode(d, pad=True))
    print(base64.a85encode(d, foldspaces=True, adobe=True, wrapcol=10), base64.a85encode(d, pad=True))
    b = bytes(d)
    print(base64.b64decode(base64.b64encode(d)) == b, base64.b32decode(base64.b32encode(d)) == b,
          base64.b16decode(base64.b16encode(d)) == b, base64.a85decode(base64.a85encode(d)) == b,
          base64.b85decode(base64.b85encode(d)) == b, base64.b32hexdecode(base64.b32hexencode(d)) == b,
          base64.a85decode(base64.a85encode(d, foldspaces=True, adobe=True, wrapcol=10), foldspaces=True,
                           adobe=True) == b)

print(base64.encodebytes(bytes(range(100))))
print(base64.decodebytes(base64.encodebytes(b'xyz' * 30)))
print(base64.b64decode('YWJj'), base64.b64decode(b'YW Jj\n'), base64.b64decode(bytearray(b'YQ==')))
print(base64.b32decode('mfrgg===', casefold=True), base64.b32decode(b'MFRGGZA1', map01=b'L') if False else None)
print(base64.b16decode('ab', casefold=True), base64.b16decode(b'00FF'))
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode(b'-_8=', altchars=b'-_'),
      base64.urlsafe_b64decode('-_8='), base64.urlsafe_b64decode(b'__4='))
print(base64.a85decode(b'<~@:E^~>', adobe=True), base64.a85decode(b'z'), base64.a85decode(b'y', foldspaces=True))

s = base64.b64encode(b'x' * 300)
print(type(s).__name__, len(s), sys.getsizeof(s), sys.getrefcount(s))
t = base64.b64decode(s)
print(type(t).__name__, len(t), sys.getsizeof(t))
print(sys.getsizeof(base64.b64encode(b'')), base64.b64encode(b'') is b''.join([]))
