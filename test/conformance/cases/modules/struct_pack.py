# struct: pack/unpack of every format character, byte orders, sizes and alignment, pack_into/unpack_from,
# iter_unpack, Struct objects.
import struct
for fmt in ['', 'x', 'c', 'b', 'B', '?', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'e', 'f', 'd', 'P',
            '5s', '5p', 'iid', 'bi', 'ib', 'bq', 'i0q', 'b0i', '2i3h', '3x', 'ci', '@ci', '=ci', '<ci', '>ci', '!ci',
            '<qh', '=l', '<L', ' i  h ', '10s5s', '0s', '100x']:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack('iid', 1, 2, 3.5))
print(struct.pack('<hHiIqQ', -2, 65535, -3, 2**32 - 1, -2**63, 2**64 - 1))
print(struct.pack('>hHiIqQ', -2, 65535, -3, 2**32 - 1, -2**63, 2**64 - 1))
print(struct.pack('!l', 1), struct.pack('=L', 7), struct.pack('@nN', -5, 5), struct.pack('P', 1234))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcdef'), struct.pack('5p', b'ab'), struct.pack('3p', b'abcdef'))
print(struct.pack('s', bytearray(b'z')), struct.pack('c?x?', b'q', 5, []), struct.pack('<efd', 1.5, 0.1, 0.1))
print(struct.pack('<e', 65504.0), struct.pack('<e', 1e-8), struct.pack('<e', -0.0), struct.pack('<e', float('inf')))
print(struct.pack('<e', 5.960464477539063e-08), struct.pack('<e', 0.1), struct.pack('>e', 2.5), struct.pack('f', 1e300))
class Idx:
    def __index__(self):
        return 65
print(struct.pack('i', Idx()), struct.pack('<q', True), struct.pack('d', 3))
print(struct.unpack('<hHiIqQ', struct.pack('<hHiIqQ', -2, 65535, -3, 2**32 - 1, -2**63, 2**64 - 1)))
print(struct.unpack('>ihb', b'\x00\x00\x01\x00\xff\xfe\x80'))
print(struct.unpack('5s3p', b'abcde\x05xy'), struct.unpack('c?', b'z\x02'), struct.unpack('<e', b'\x00\x3c'))
print(struct.unpack('>e', b'\x7c\x00'), struct.unpack('<e', b'\x01\x00'), struct.unpack('<f', b'\x00\x00\xc0\x7f'))
print(struct.unpack('iid', struct.pack('iid', 7, -7, 0.5)), struct.unpack('', b''), struct.unpack('P', bytes(8)))
print(struct.unpack('<i', bytearray(b'\x01\x00\x00\x00')), struct.unpack('<i', memoryview(b'\x02\x00\x00\x00')))
ba = bytearray(12)
struct.pack_into('<i', ba, 2, 7)
struct.pack_into('<h', ba, -2, -1)
print(ba, struct.unpack_from('<i', ba, 2), struct.unpack_from('<i', ba, offset=2), struct.unpack_from('<h', ba, -2))
print(struct.unpack_from('<b', b'\x05\x06'), struct.unpack_from('b', buffer=b'\x09'))
print(list(struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')))
it = struct.iter_unpack('<h', bytes(6))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
s = struct.Struct('<ih')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'), s.unpack_from(b'\x00' * 8, 1))
b = bytearray(8)
s.pack_into(b, 1, 5, 6)
print(b, list(s.iter_unpack(bytes(12))), struct.Struct(b'>q').format, struct.Struct(b'>q').size)
print(type(struct.Struct('i')).__name__, struct.Struct.__module__, struct.error.__module__, issubclass(struct.error, Exception))
print(sorted(struct.__all__), struct.__doc__.splitlines()[0])
print(struct._clearcache())
