# bytes: results that are the receiver itself, subclasses, constructor forms and their errors, bytes % args.
import sys
s = b'refs'
print(bytes(s) is s, s[:] is s, s * 1 is s, s + b'' is s, b'' + s is s, b''.join([s]) is s, s.strip() is s, s.replace(b'z', b'y') is s,
      s.center(2) is s, s.split()[0] is s, s.partition(b'z')[0] is s, s.lower() is s, s.translate(None) is s, s.removeprefix(b'q') is s)
bb = b'bytesbytes'.upper()
base = sys.getrefcount(bb)
keep = [bb.split(), bb.strip(), bb.partition(b'z'), b''.join([bb]), bb.replace(b'q', b'r'), bb.center(3), bb[:], bb + b'', bytes(bb), bb * 1]
print('refs held:', sys.getrefcount(bb) - base)
del keep
print('after release:', sys.getrefcount(bb) - base)
class BB(bytes):
    pass
class BA(bytearray):
    pass
print(repr(BB(b'x')), repr(BA(b'y')), type(BB.fromhex('00')).__name__, type(BA(b'z') + b'q').__name__, BB(b'ab')[0], type(BB(b'ab')[:1]).__name__)
print(bytes(BB(b'qq')), type(bytes(BB(b'qq'))).__name__, type(BB(b'qq').strip()).__name__, BB(b'a') + b'b', b'b' + BB(b'a'))
class WithBytes:
    def __bytes__(self):
        return b'custom'
print(bytes(WithBytes()), b'%b|%s' % (WithBytes(), b'x'), bytes(3), bytes([65, 66]), bytes(range(3)), bytes('é', 'utf-8'), bytes((i for i in (1, 2))))
it = iter(b'ab')
print(next(it), next(it), list(it), type(iter(bytearray())).__name__, type(it).__name__)
print(b"%s-%d-%x" % (b"bytes", 12, 255), b"%c" % 65, b"%5b|" % b"ab", b"%%b %b" % b"x", b"%(k)b" % {b"k": b"v"}, b"%a %r" % ("é", 1), bytearray(b"%s") % b"q")
calls = [
    lambda: bytes(-1), lambda: bytes('a'), lambda: bytes(1.5), lambda: bytes([256]), lambda: bytes(['a']), lambda: bytes('a', 1),
    lambda: bytes(1, 'utf-8'), lambda: bytes(x=1), lambda: bytes('abc', 'zz'), lambda: bytes(None), lambda: bytes(errors='strict'),
    lambda: b'a' + 'b', lambda: b'a'[1], lambda: b'abc'.decode(1), lambda: b'\xff'.decode(), lambda: b'a'.split(1), lambda: b'a'.strip('a'),
    lambda: b'a'.find('a'), lambda: b'a'.find(256), lambda: b'a'.count(), lambda: b'a'.join(['a']), lambda: b'a'.startswith('a'),
    lambda: b'a'.startswith((1,)), lambda: b'a'.index(b'b'), lambda: bytes.fromhex(1), lambda: bytes.fromhex('a'), lambda: b'a'.center(5, 'x'),
    lambda: b'a'.upper(1), lambda: 'x' in b'abc', lambda: 256 in b'abc', lambda: b'a' < 'a', lambda: b'a'.decode(foo=1),
    lambda: b'a'.split(b'a', 1, 2), lambda: ord(b'ab'), lambda: b'%s' % 'a', lambda: b'%c' % 256, lambda: b'%c' % b'ab', lambda: b'%s %s' % (b'a',),
]
for f in calls:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
