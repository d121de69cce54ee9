# pickle, base64 and posixpath checks: heapscope's pure-Python versions give the real modules' bytes and strings
import sys


@check('pickle')
def pickle_dumps_bytes(M, r):
    pk = M.pickle
    shared = 'shared'
    rec = [1]
    rec.append(rec)
    values = [None, True, False, 0, 255, 256, 65535, 65536, -1, -129, 2**31, -2**31 - 1, 2**64, -2**64, 10**50,
              1.5, -0.0, float('inf'), '', 'a', 'é' * 3, 'x' * 300, '\\\n\r\0\x1a\u20ac\U0001f600', b'', b'q',
              b'z' * 300, bytearray(b'ba'), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], list(range(1005)),
              {}, {'k': 'v'}, {i: str(i) for i in range(1003)}, set(), {1, 2}, frozenset(), frozenset({3}),
              complex(1, 2), range(5), len, list,
              [shared, shared, (shared,)], rec, (rec, rec), type(None), ..., NotImplemented, ValueError('v'),
              slice(1, 2), ['y' * 70000, b'w' * 70000]]
    for proto in range(6):
        for v in values:
            data = pk.dumps(v, proto)
            r.v((proto, data if len(data) < 400 else (len(data), data[:200], data[-200:])))


@check('pickle')
def pickle_loads(M, r):
    pk = M.pickle
    import pickle as real
    for proto in range(6):
        for v in [[1, 'a', (2, 3), {'k': [4.5, None]}], {1, 2}, frozenset('ab'), b'bytes', bytearray(b'x'),
                  10**30, -10**30, 'ü', range(3)]:
            back = pk.loads(real.dumps(v, proto))
            r.v((proto, repr(back), type(back).__name__))
    for bad in (b'', b'\x80\x04K', b'xyz', b'\xff', b'K\x01', b'\x80\x06N.'):
        r(lambda: pk.loads(bad))


@check('base64')
def base64_codecs(M, r):
    b = M.base64
    for d in (b'', b'a', b'ab', b'abc', bytes(range(256)), b'\0' * 9, b' ' * 8):
        r.v((b.b64encode(d), b.urlsafe_b64encode(d), b.b32encode(d), b.b32hexencode(d), b.b16encode(d),
             b.a85encode(d), b.a85encode(d, foldspaces=True, wrapcol=7, adobe=True), b.b85encode(d),
             b.b85encode(d, pad=True), b.encodebytes(d)))
    for s in (b'YQ==', b'YQ', b'Y', b'=YQ==', b'YQ==YQ==', b'YQ=a=', b'@@', b'YWJj=', b'YW Jj'):
        r(lambda: b.b64decode(s))
        r(lambda: b.b64decode(s, validate=True))
    for s in (b'MFRGG===', b'MFRGGZ==', b'AB', b'M1======'):
        r(lambda: b.b32decode(s))


@check('posixpath')
def posixpath_strings(M, r):
    p = M.posixpath
    for s in ('', '/', '//', '///', 'a/b', '/a/./b/../c/', 'a//b/', '../..', '.x', 'a.b.c', '//a/..'):
        r.v((p.normpath(s), p.split(s), p.splitext(s), p.basename(s), p.dirname(s), p.isabs(s)))
    r.v((p.join('a', 'b', '/c', 'd'), p.commonpath(['/a/b', '/a/c']), p.commonprefix(['ab', 'ac']),
         p.relpath('/a/b', '/a/c/d'), p.join(b'x', b'y')))
    r(lambda: p.join('a', 1))
    r(lambda: p.join('a', b'b'))
