#!/usr/bin/env python3
"""Generate test/engine/lib/bytes_fixtures.json from real CPython:

    PYENV_VERSION=3.12.1 python3.12 test/engine/lib/bytes_fixtures_gen.py

Cases are [function, args, expected]; bytes are written as {"b": [ints]}, strings as JSON strings.
Codec errors record [type, message, start, end].
"""
import json
import os

cases = []


def enc(v):
    if isinstance(v, (bytes, bytearray)):
        return {'b': list(v)}
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    return v


def call(name, fn, *args):
    try:
        exp = {'ok': enc(fn(*args))}
    except Exception as e:  # noqa: BLE001
        exp = {'err': [type(e).__name__, str(e), getattr(e, 'start', None), getattr(e, 'end', None)]}
    cases.append([name, enc(list(args)), exp])


BSAMPLES = [b'', b'a', b'hello world', b'  Hello  World \x0b\x0c\x1c', b"it's", b'say "hi"', b'both \' and "',
            b'\x00\x01\x7f\x80\xff\\', b'line1\nline2\r\nline3\r', b'a\tb\tc', b'The Quick BROWN fox',
            b'+42', b'-7', b'aaaa', b'abcabc', bytes(range(0, 256, 7))]
SUBS = [b'', b'a', b'ab', b' ', b'l', b'\xff']
for s in BSAMPLES:
    for name in ['upper', 'lower', 'swapcase', 'title', 'capitalize', 'isalpha', 'isdigit', 'isalnum', 'isspace',
                 'isupper', 'islower', 'istitle', 'isascii', 'strip', 'lstrip', 'rstrip', 'splitlines', 'split',
                 'expandtabs', 'hex']:
        call(name, getattr(bytes, name), s)
    call('repr', repr, s)
    call('repr', repr, bytearray(s))
    call('splitlines', bytes.splitlines, s, True)
    call('split', bytes.split, s, None, 1)
    call('rsplit', bytes.rsplit, s, None, 1)
    call('hex', bytes.hex, s, ':', 2)
    call('hex', bytes.hex, s, '-', -3)
    call('center', bytes.center, s, 20, b'*')
    call('ljust', bytes.ljust, s, 15)
    call('rjust', bytes.rjust, s, 15, b'.')
    call('zfill', bytes.zfill, s, 12)
    call('strip', bytes.strip, s, b'a\xff ')
    call('expandtabs', bytes.expandtabs, s, 4)
    call('translate', bytes.translate, s, bytes.maketrans(b'abc', b'xyz'), b'l ')
    call('translate', bytes.translate, s, None, b'aeiou')
    for sub in SUBS:
        for a, b in [(None, None), (1, None), (2, -1)]:
            for name in ['find', 'rfind', 'count', 'startswith', 'endswith']:
                call(name, getattr(bytes, name), s, sub, a, b)
        call('index', bytes.index, s, sub, None, None)
        call('replace', bytes.replace, s, sub, b'<>')
        call('replace', bytes.replace, s, sub, b'', 1)
        call('split', bytes.split, s, sub)
        call('rsplit', bytes.rsplit, s, sub, 1)
        call('partition', bytes.partition, s, sub)
        call('rpartition', bytes.rpartition, s, sub)
        call('removeprefix', bytes.removeprefix, s, sub)
        call('removesuffix', bytes.removesuffix, s, sub)
    call('find', bytes.find, s, 108, None, None)
    call('count', bytes.count, s, 97, None, None)
    call('find', bytes.find, s, 300, None, None)
    call('join', bytes.join, b', ', [s, b'x', s])

for h in ['', 'ab', ' ab  cd ', 'a b', 'abc', 'zz', 'ABcd\n0f', 'ab\x85cd', 'éa', '0a\u30000b']:
    call('fromhex', bytes.fromhex, h)
call('hex', bytes.hex, b'abc', '::', 1)
call('hex', bytes.hex, b'abc', '\xe9', 1)
call('bytesFromCount', bytes, 3)
call('bytesFromCount', bytes, -1)
call('center', bytes.center, b'a', 5, b'xy')
call('maketrans', bytes.maketrans, b'a', b'xy')

STRS = ['', 'hello', 'héllo', 'ÿ', 'é😀', 'a\u20ac\U0001F600b', '\ud800', 'a\udc80\udcff', 'a\udc80\u1234',
        'a\udc80\udc00', '\ud800\ud801x', 'aé😀\u0100\uffff', '\U0010FFFF', 'x\u2603\u2665y']
ENCS = ['utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'UTF8', 'Latin1',
        'iso-8859-1', 'us-ascii', 'utf_16le', 'nope']
ERRS = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape',
        'bogus']
for s in STRS:
    for e in ENCS:
        for err in ERRS:
            call('encode', str.encode, s, e, err)

BYTES = [b'', b'hello', b'h\xc3\xa9llo', b'\xff', b'\xe9', b'\xe2\x82', b'\xe2\x82\xac', b'\xe2\x28\xa1',
         b'\xf0\x9f\x98\x80', b'\xf0\x9f\x98', b'\xf0\x9f', b'\xf0\x28\x8c\x28', b'\xf0\x9f\x28', b'\xed\xa0\x80',
         b'\xe0\x80\xaf', b'\xc0\xaf', b'\xc2', b'\xf4\x90\x80\x80', b'\xf5\x80', b'a\x80b\xbfc', b'\x00\xd8',
         b'\x00\xd8a', b'\x00\xd8\x41\x00', b'\x00\xdc\x41\x00', b'\x41\x00\x41', b'\xff\xfe\x41\x00',
         b'\xfe\xff\x00\x41', b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00', b'\x3d\xd8\x00\xde',
         b'\xff\xfe\x00\x00A\x00\x00\x00', b'\xe2\x82\xacabc\xe2']
DERRS = ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'bogus']
for b in BYTES:
    for e in ENCS:
        for err in DERRS:
            call('decode', bytes.decode, b, e, err)

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'bytes_fixtures.json')
with open(path, 'w') as f:
    json.dump({'cases': cases}, f, ensure_ascii=True, separators=(',', ':'))
print(len(cases), 'cases ->', path)
