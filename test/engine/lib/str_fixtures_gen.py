#!/usr/bin/env python3
"""Generate test/engine/lib/str_fixtures.json from real CPython (the oracle).

    PYENV_VERSION=3.12.1 python3.12 test/engine/lib/str_fixtures_gen.py

Each case is [function, args, expected] where expected is {"ok": value} or
{"err": [ExceptionType, message]}. Strings go through JSON (lone surrogates survive as \\udXXX).
"""
import json
import os
import string
import sys
import unicodedata

SAMPLES = [
    '', 'a', 'hello world', '  Hello  World  ', 'ÄÖÜ äöü ß', 'ǅungla ǆ', 'ΣΑΣ ΟΔΟΣ σ', 'Straße', 'ﬁne ﬂow',
    'İstanbul', 'ŉ', 'Ⅻ ⅻ', '日本語テキスト', '😀 emoji 🎉!', 'a😀b😀c', '\U0001D400\U0001D41A', 'tab\tsep\tx😀\tz',
    'line1\nline2\r\nline3\rline4\x0bx\x0cy\x1cz\x1dw\x1eq\x1fr\x85s\u2028t\u2029u\r',
    '\x00\x01\x7f\x80\x9f\xa0\xad', "it's", 'say "hi"', 'both \' and "', 'back\\slash', '\ud800', 'x\udcff',
    '\u0378', '\U000E0001', '\U0010FFFF', '١٢٣', '²³', '½', '一二三', 'a_b1', '_x', '1abc', 'ǅ', 'ᾳ', 'ﬀ', 'Ꭰ',
    'ꭰ', 'ΑΣ\u0301', 'ΑΣ\u0301Α', 'Σ', 'aΣ', "AΣ'", 'hello😀ΣΣ', ' \t\n\x1c\u3000 x \u2000\xa0',
    'The Quick BROWN fox', "they're bill's friends", 'ab\u0301c', '\U0001F600\U0001F601\U0001F602',
    '+42', '-7', 'x' * 30, 'ǉubljana', 'ΐ', 'ÿ', 'µ', 'ǰ', '\u1e9e', 'ſ', 'ǲ',
    '\U00010400\U00010428', 'a\u2028b', '\U0002EBF0', '\U0001FAE8', 'Ⓐⓐ', 'ᴬ', 'ʰ',
]
SUBS = ['', 'o', '😀', 'Σ', 'ab', ' ']
RANGES = [(None, None), (1, None), (2, -1), (-100, 3)]

cases = []
SAMPLE_INDEX = {s: i for i, s in enumerate(SAMPLES)}


def call(name, fn, *args):
    try:
        r = fn(*args)
        if isinstance(r, tuple):
            r = list(r)
        exp = {'ok': r}
    except Exception as e:  # noqa: BLE001
        exp = {'err': [type(e).__name__, str(e)]}
    # a sample string argument is written as {"$": index into "samples"} to keep the file small
    enc = [{'$': SAMPLE_INDEX[a]} if isinstance(a, str) and a in SAMPLE_INDEX else a for a in args]
    cases.append([name, enc, exp])


for s in SAMPLES:
    n = len(s)
    for name in ['upper', 'lower', 'casefold', 'swapcase', 'title', 'capitalize', 'isalpha', 'isdecimal',
                 'isdigit', 'isnumeric', 'isalnum', 'isspace', 'isupper', 'islower', 'istitle',
                 'isidentifier', 'isprintable', 'isascii', 'strip', 'lstrip', 'rstrip', 'splitlines',
                 'expandtabs']:
        call(name, getattr(str, name), s)
    call('repr', repr, s)
    call('ascii', ascii, s)
    call('len', len, s)
    call('maxCodePoint', lambda s: max(map(ord, s), default=0), s)
    call('kind', lambda s: (sys.getsizeof(s * 3) - sys.getsizeof(s * 2)) // len(s) if s else 1, s)
    call('splitlines', str.splitlines, s, True)
    call('split', str.split, s)
    call('split', str.split, s, None, 1)
    call('rsplit', str.rsplit, s, None, 1)
    call('rsplit', str.rsplit, s, None, 0)
    call('expandtabs', str.expandtabs, s, 4)
    call('expandtabs', str.expandtabs, s, 0)
    call('center', str.center, s, 20, '*')
    call('center', str.center, s, n + 3, '😀')
    call('ljust', str.ljust, s, 15, 'é')
    call('rjust', str.rjust, s, 16)
    call('zfill', str.zfill, s, 12)
    call('strip', str.strip, s, 'a😀Σ ')
    call('lstrip', str.lstrip, s, 'xΣaä')
    call('rstrip', str.rstrip, s, '😀c!')
    call('cpSlice', lambda s, a, b, c: s[a:b:c], s, 1, None, None)
    call('cpSlice', lambda s, a, b, c: s[a:b:c], s, None, None, -1)
    call('cpSlice', lambda s, a, b, c: s[a:b:c], s, -3, None, 2)
    call('cpSlice', lambda s, a, b, c: s[a:b:c], s, 10, 1, -3)
    call('cpAt', lambda s, i: s[i], s, n // 2) if n else None
    call('capwords', string.capwords, s)
    call('mul', lambda s, k: s * k, s, 3)
    subs = SUBS + ([s[1:3], s[-2:]] if n > 2 else [])
    for sub in subs:
        for a, b in RANGES:
            for name in ['find', 'rfind', 'count', 'startswith', 'endswith']:
                call(name, getattr(str, name), s, sub, a, b)
        call('index', str.index, s, sub, 1, None)
        call('rindex', str.rindex, s, sub, None, -1)
        call('replace', str.replace, s, sub, '<>')
        call('replace', str.replace, s, sub, '😀', 2)
        call('replace', str.replace, s, sub, '', 0)
        call('split', str.split, s, sub)
        call('split', str.split, s, sub, 1)
        call('rsplit', str.rsplit, s, sub)
        call('rsplit', str.rsplit, s, sub, 1)
        call('partition', str.partition, s, sub)
        call('rpartition', str.rpartition, s, sub)
        call('removeprefix', str.removeprefix, s, sub)
        call('removesuffix', str.removesuffix, s, sub)
    call('cpCompare', lambda a, b: (a > b) - (a < b), s, 'hello')
    for t in SAMPLES[::5]:
        call('cpCompare', lambda a, b: (a > b) - (a < b), s, t)

for x in ['\uffff', '\ue000', '\U00010000', '\ud800', 'a\U0001F600', 'a\uffff', 'a', '']:
    for y in ['\uffff', '\ue000', '\U00010000', '\ud800x', 'a\U0001F600', 'a\uffff', 'a\ud7ff']:
        call('cpCompare', lambda a, b: (a > b) - (a < b), x, y)

call('center', str.center, 'abc', 10, 'ab')
call('center', str.center, 'abc', 10, '')
call('ljust', str.ljust, 'abc', 10, '😀😀')
for s, w in [('abc', 6), ('abc', 7), ('ab', 6), ('ab', 7), ('', 5), ('a', 2)]:
    call('center', str.center, s, w, '-')
call('replace', str.replace, '', '', 'x')
call('replace', str.replace, '', '', 'x', 0)
call('replace', str.replace, 'abc', '', '-', 2)
call('replace', str.replace, 'a😀b', '', '-')
call('replace', str.replace, 'aaaa', 'aa', 'b')
call('count', str.count, 'aaaa', 'aa', None, None)
call('maketrans', lambda x, y, z: sorted(str.maketrans(x, y, z).items(), key=lambda kv: kv[0]), 'ab😀', 'xy1', 'z')
call('maketrans', lambda x, y, z: sorted(str.maketrans(x, y).items(), key=lambda kv: kv[0]), 'ab', 'x', None)
call('translate', lambda s: s.translate({ord('a'): 'A', ord('😀'): None, ord('b'): '🎉'}), 'abc😀abd')

# ---- per-character tables over a spread of code points
cps = list(range(0, 0x250)) + list(range(0x250, 0x110000, 401)) + [
    0x1E9E, 0x2160, 0x2170, 0x24B6, 0x3007, 0x4E00, 0x4E09, 0x5341, 0xAC00, 0xFB00, 0xFF10, 0x10400, 0x1D7CE,
    0x1D7FF, 0x1F600, 0x2EBF0, 0xE0001, 0x10FFFF, 0x2028, 0x1F10, 0x1F88, 0x1FB3, 0x10D0, 0x13A0, 0xAB70]
chars = []
for cp in cps:
    c = chr(cp)
    chars.append([cp, unicodedata.category(c), c.upper(), c.lower(), c.title(), c.casefold(), ''.join(
        '1' if getattr(c, m)() else '0' for m in ['isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isalnum',
                                                  'isspace', 'isupper', 'islower', 'istitle', 'isidentifier',
                                                  'isprintable']), unicodedata.decimal(c, -1)])

names = []
for n in ['BULLET', 'EM DASH', 'EURO SIGN', 'SNOWMAN', 'BLACK HEART SUIT', 'LATIN SMALL LETTER E WITH ACUTE',
          'GREEK SMALL LETTER ALPHA', 'GREEK CAPITAL LETTER OMEGA', 'RIGHTWARDS ARROW', 'BOX DRAWINGS LIGHT HORIZONTAL',
          'bullet', 'Latin Capital Letter A', 'LF', 'NBSP', 'BOM', 'NULL', 'ZERO WIDTH SPACE', 'GRINNING FACE',
          'PILE OF POO', 'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-4e00', 'cjk unified ideograph-4E00',
          'CJK UNIFIED IDEOGRAPH-2A700', 'CJK UNIFIED IDEOGRAPH-9FFF', 'CJK UNIFIED IDEOGRAPH-A000', 'HANGUL SYLLABLE GA',
          'HANGUL SYLLABLE GAG', 'hangul syllable GAG', 'HANGUL SYLLABLE gag', 'HANGUL SYLLABLE HIH', 'HANGUL SYLLABLE A',
          'NO SUCH NAME', 'DEGREE SIGN', 'MICRO SIGN', 'CHECK MARK', 'HEAVY CHECK MARK', 'WHITE SMILING FACE',
          'COMBINING ACUTE ACCENT', 'CYRILLIC SMALL LETTER ZHE', 'INFINITY', 'NOT EQUAL TO', 'ROCKET']:
    try:
        names.append([n, ord(unicodedata.lookup(n))])
    except KeyError:
        names.append([n, None])
rev = [[cp, unicodedata.name(chr(cp), None)] for cp in
       [0x41, 0xE9, 0x3B1, 0x2022, 0x20AC, 0x2603, 0x4E00, 0xAC00, 0xAC01, 0xD7A3, 0x1F600, 0x2665]]

out = {'python': sys.version.split()[0], 'unidata': unicodedata.unidata_version, 'samples': SAMPLES,
       'cases': cases, 'chars': chars,
       'names': names, 'rev': rev,
       'string': {k: getattr(string, k) for k in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits',
                                                   'hexdigits', 'octdigits', 'punctuation', 'whitespace',
                                                   'printable']}}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'str_fixtures.json')
with open(path, 'w') as f:
    json.dump(out, f, ensure_ascii=True, separators=(',', ':'))
print(len(cases), 'cases,', len(chars), 'chars ->', path)
