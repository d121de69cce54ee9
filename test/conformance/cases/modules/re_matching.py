# re: matching semantics (greedy/lazy/possessive repeats, atomic groups, alternation, backreferences,
# lookarounds, conditionals, anchors, scoped and inline flags, pos/endpos) via search/findall/sub/split/finditer.
import re

cases = [
 (r'a+', 'caaab'), (r'a*?b', 'aaab'), (r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'(\w+)\s(\w+)', 'hello world foo bar'),
 (r'^\d{3}-\d{4}$', '555-1234'), (r'(?i)hello', 'HeLLo there'), (r'(?m)^\w+$', 'one\ntwo\nthree'), (r'(?s)a.b', 'a\nb'),
 (r'a.b', 'a\nb'), (r'(?x) a  b  # comment\n c', 'abc'), (r'(a)(?=b)', 'ab ac'), (r'(?<!a)b', 'ab cb'), (r'(?<=a)b', 'ab cb'),
 (r'(a)?b(?(1)c|d)', 'abc bd'), (r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" and \'yo\''), (r'(a*)+b', 'aaab'), (r'(a*)*b', 'b'),
 (r'(?:a|b)*?c', 'ababc'), (r'a{2,3}', 'aaaaaaa'), (r'a{,2}', 'aaa'), (r'a{2}', 'aaa'), (r'x{}', 'x{}'), (r'x{1,', 'x{1,'),
 (r'\bcat\b', 'cat concat cat.'), (r'\Bcat', 'concat cat'), (r'[^\W\d]+', 'ab12cd_3'), (r'[\d\s]+', 'a 12 3b'),
 (r'[a-c-]', 'x-b'), (r'[]a]', ']a'), (r'[\]]', ']'), (r'\x41\u0042\101', 'AB' + 'A'), (r'\0', '\0'),
 (r'(?>a+)b', 'aaab'), (r'(?>a+)a', 'aaa'), (r'a++a', 'aaa'), (r'a*+b', 'aab'), (r'(?:ab)++', 'ababab'),
 (r'(ab)*', 'ababx'), (r'(a|b)*', 'ab'), (r'(?:(a)|b)*', 'ab'), (r'((a)|b)+', 'ab'), (r'(a)|(b)', 'b'),
 (r'$', 'a\n'), (r'a$', 'a\n'), (r'\Z', 'a\n'), (r'(?m)$', 'a\nb'), (r'.', 'é😀x'), (r'😀+', 'a😀😀b'), (r'[à-ÿ]+', 'voilà déjà'),
 (r'(?i)straße', 'STRASSE straße STRAßE'), (r'(?i)[a-z]+', 'ÀbC'), (r'(?i)ſ', 's S'), (r'(?a)\w+', 'héllo'), (r'\w+', 'héllo wörld'),
 (r'\d+', '٣4'), (r'(?a)\d+', '٣4'), (r'\s+', 'a\u00a0b\u2003c'), (r'', 'abc'), (r'x*', 'abxd'), (r'\b', 'ab cd'),
 (r'(?i:A)b', 'ab AB aB Ab'), (r'(?-i:a)b', 'ab'), (r'a(?i)b', ''), (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk'),
 (r'(\d+)-(\d+)', 'tel 12-34 and 56-78'), (r'(?P<y>\d{4})-(?P<m>\d\d)', 'on 2024-05 and 1999-12'),
 (r'([a-z]+)@([a-z]+)\.com', 'x joe@ex.com, ann@foo.com'), (r'\[(.*?)\]', '[a] [bb] []'), (r'<.*>', '<a><b>'), (r'<.*?>', '<a><b>'),
 (r'(\w)\1', 'hello bookkeeper'), (r'(?i)(a)\1', 'aA'), (r'[\s\S]', 'x'), (r'\\', 'a\\b'), (r'a|b|c', 'xcba'), (r'ab|ac|ad', 'xad'),
 (r'(?:x|y)z', 'yz'), (r'^$', ''), (r'^', 'ab\ncd'), (r'(?m)^', 'ab\ncd\n'), (r'\A\w', 'ab'), (r'.*', 'ab\ncd'),
]
for p, s in cases:
    try:
        r = re.compile(p)
        m = r.search(s)
        print(repr(p), m and (m.span(), m.groups(), m.lastindex, m.lastgroup), r.findall(s), r.sub('<\\g<0>>', s), r.split(s), r.groups, sorted(r.groupindex.items()))
        print('  ', [mm.span() for mm in r.finditer(s)], r.fullmatch(s) is not None, r.match(s, 1) and r.match(s, 1).span(), r.search(s, 1, 3) and r.search(s,1,3).span())
    except Exception as e:
        print(repr(p), 'ERR', type(e).__name__, e)
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'), re.sub(r'(?P<a>x)', r'[\g<a>\g<1>\n]', 'axb'), re.sub('a', r'\\', 'aba'))
print(re.sub(r'\d', lambda m: str(int(m.group())*2), 'a1b2c3', count=2), re.subn(r'\s+', ' ', ' a  b   c '))
print(re.split(r'(,)|;', 'a,b;c'), re.split(r'\s*', 'a b'), re.split(r'(?=x)', 'axbxc'), re.split(':', ':a:b:', maxsplit=2))
print(re.findall(r'(a)(b)?', 'ab a'), re.findall(r'(?:a)(b)?', 'ab a'), re.findall(rb'\d', b'a1b2'))
m = re.match(r'(?P<a>a)(?P<b>b)?', 'ac')
print(m.groupdict(), m.groupdict('X'), m.groups('D'), m.group(0, 1, 'a'), m.start('b'), m.end(1), m.pos, m.endpos, m.re.pattern, m.string, m[0], m['a'])
print(re.fullmatch(r'a|ab', 'ab'), re.match(r'a|ab', 'ab'), re.compile(r'b').match('ab', 1), re.compile('^b').search('ab', 1), re.compile('b$').search('abc', 0, 2))
print(re.compile(r'\w+').findall('one two three', 4), re.compile(r'\w+').findall('one two three', 0, 6))
# empty iterations of repeated groups, alternatives sharing a first item, long repeats of groups
for p in [r'(?:b??a+|b??a?)*', r'(?:b??(?:a+|a?))*', r'([ab]??a++|[ab]??a?)*', r'(?:b{2}|b*c{0,2}?a*+){1,2}a*?', r'(?:a|ab)++c',
          r'(?:ab|a)*?b', r'(a|b)*?(?=b)', r'(?:x*)*y', r'(a?){3}', r'(a?)+?b']:
    r = re.compile(p)
    print(p, [(m.span(), m.groups()) for m in r.finditer('baab abaacb aab')])
print(re.match(r'(a|bc)*d', 'abc' * 3000 + 'd'), re.match(r'(?:ab)*c?', 'ab' * 5000).end(), re.findall(r'(\w)(?:,\s*)?', 'a, b,c'))
