# base64: decoding errors (binascii.Error messages for padding, strict validation, non-alphabet
# characters) and argument type errors
import base64
import binascii

print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
for s in [b'', b'YQ', b'YQ=', b'YQ==', b'YWI=', b'Y', b'YWJj', b'YW Jj\n', b'Y===', b'=YWJj', b'YQ==YQ==',
          b'YQ=a=', b'@@@', b'YWJjZA', b'YWJjZ', b'YWJjZ===', b'YQ===', b'YWJj=', b'Y=', b'YQ=,=', b'YWJjZA=',
          b'YWI=YQ']:
    for validate in (False, True):
        try:
            r = base64.b64decode(s, validate=validate)
        except binascii.Error as e:
            r = (type(e).__name__, str(e))
        print(s, validate, r)
tests = [
    lambda: base64.b64decode('é'),
    lambda: base64.b64decode(5),
    lambda: base64.b64encode('x'),
    lambda: base64.b32decode(b'AB'),
    lambda: base64.b32decode(b'A1======'),
    lambda: base64.b32decode(b'MFRGG==='),
    lambda: base64.b32decode(b'MFRGGZ=='),
    lambda: base64.b32decode(b'M======='),
    lambda: base64.b16decode(b'0g'),
    lambda: base64.b16decode(b'abc'),
    lambda: base64.b16decode(b'ab'),
    lambda: base64.b16decode(b'ABC'),
    lambda: base64.b85decode(b'|||||'),
    lambda: base64.b85decode(b'ab"d'),
    lambda: base64.a85decode(b'abc~>', adobe=True),
    lambda: base64.a85decode(b'abc', adobe=True),
    lambda: base64.a85decode(b'az'),
    lambda: base64.a85decode(b'\xff'),
    lambda: base64.a85decode(b's8W-"s8W-"'),
    lambda: base64.b85decode(b'~'),
    lambda: base64.encodebytes('text'),
    lambda: base64.urlsafe_b64encode(None),
    lambda: binascii.unhexlify(b'abc'),
    lambda: binascii.unhexlify(b'zz'),
    lambda: binascii.hexlify('str'),
]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
