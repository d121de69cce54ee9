# struct: struct.error and the other exceptions with each version's messages.
import struct
def check(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)
for pre in '@<>':
    for c in 'bBhHiIlLqQ':
        for v in (2**70, 2**64, 2**63, 2**32, 2**31, 70000, 300, -1, -200, -40000, -2**31 - 1, -2**63 - 1):
            check(lambda: struct.pack(pre + c, v))
for c in 'nNP':
    for v in (2**64, 2**63, -1, -2**63 - 1):
        check(lambda: struct.pack(c, v))
for v in (1.5, 'x', None, 2**1100):
    for c in 'ifde?':
        check(lambda: struct.pack(c, v))
check(lambda: struct.pack('<e', 1e10))
check(lambda: struct.pack('<e', 65520.0))
check(lambda: struct.pack('<f', 1e300))
check(lambda: struct.pack('s', 1))
check(lambda: struct.pack('p', 'x'))
check(lambda: struct.pack('c', b'ab'))
check(lambda: struct.pack('c', bytearray(b'a')))
check(lambda: struct.pack('c', 1))
check(lambda: struct.pack('ii', 1))
check(lambda: struct.pack('i', 1, 2))
check(lambda: struct.pack())
check(lambda: struct.pack(5))
check(lambda: struct.pack('z'))
check(lambda: struct.pack('<n'))
check(lambda: struct.calcsize('2'))
check(lambda: struct.calcsize('99999999999999999999i'))
check(lambda: struct.calcsize('i\0'))
check(lambda: struct.calcsize('é'))
check(lambda: struct.unpack('i', b'ab'))
check(lambda: struct.unpack('i', 'abcd'))
check(lambda: struct.unpack('i', b'abcd', 1))
check(lambda: struct.unpack_from('i', b'ab', 1))
check(lambda: struct.unpack_from('i', b'abcd', -5))
check(lambda: struct.unpack_from('i', b'abcdef', -2))
check(lambda: struct.pack_into('i', bytearray(2), 0, 1))
check(lambda: struct.pack_into('i', bytearray(4), 5, 1))
check(lambda: struct.pack_into('i', bytearray(4), -5, 1))
check(lambda: struct.pack_into('i', bytearray(8), -2, 1))
check(lambda: struct.pack_into('i', bytes(4), 0, 1))
check(lambda: struct.pack_into('i', bytearray(4), 0))
check(lambda: struct.iter_unpack('i', b'abc'))
check(lambda: struct.iter_unpack('', b''))
check(lambda: struct.Struct())
check(lambda: struct.Struct(1))
check(lambda: struct.Struct('i').unpack(b''))
check(lambda: struct.Struct('i').pack())
