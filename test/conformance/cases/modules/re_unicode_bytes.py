# re: str patterns are Unicode-aware (\w \d \s, case folding, astral characters counted as one position);
# bytes patterns are ASCII; re.ASCII / re.LOCALE / re.IGNORECASE per kind.
import re
s = 'naïve café 😀😀 x٣4'
for p in [r'\w+', r'(?a)\w+', r'\d+', r'(?a)\d', r'😀+', r'.', r'\W+', r'\b\w', r'[à-ÿ]']:
    print(repr(p), re.findall(p, s), [m.span() for m in re.finditer(p, s)])
print(re.search('x', s).span(), re.search('😀', s).start(), len(s))
print(re.sub('😀', '<>', s), re.split(r'\s', s))
print(re.findall('(?i)ǅ|ß|ſ|k', 'ǄǆSSßſsKkK'), re.findall('(?i)[α-ω]+', 'ΑΒΓ δεζ'))
print(re.fullmatch(r'(?i)straße', 'STRAßE'), re.match('(?i)ı', 'I'), re.match('(?i)i', 'İ'))
print(re.findall(r'\s', 'a\u00a0b\u2003c\u3000d\x1ce'), re.findall(r'(?a)\s', 'a\u00a0b\tc'))
b = b'caf\xe9 na\xefve 42 \xa0x'
for p in [rb'\w+', rb'(?i)CAF', rb'[\x80-\xff]', rb'\s', rb'(?L)\w+', rb'\d+']:
    r = re.compile(p)
    print(repr(p), r.findall(b), r.sub(b'-', b), repr(r), r.flags)
print(re.compile('a', re.I | re.A).flags, re.compile(b'a', re.I).flags, re.compile('(?u)a').flags, re.compile('(?a)a').flags)
m = re.match(rb'(\w+) (\w+)', b'hello world')
print(m, m.groups(), m.expand(rb'\2 \1'), m.string is not None)
for bad in [lambda: re.compile('a', re.L), lambda: re.compile(b'a', re.U), lambda: re.compile(b'(?u)a'), lambda: re.compile('(?L)a'),
            lambda: re.findall(b'a', 'a'), lambda: re.findall('a', b'a'), lambda: re.compile(b'\\u0041')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(re.findall(rb'a.', bytearray(b'abacad')), re.match(rb'a', memoryview(b'ab')))
