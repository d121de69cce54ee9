# re: the Pattern and Match API (attributes, group access by number and name, defaults, spans, regs, lastindex,
# lastgroup, expand, __getitem__, copy), reprs of patterns, matches and RegexFlag combinations, escape, purge.
import re, copy
p = re.compile(r'(?P<key>\w+)=(?P<val>\d+)?(;)?')
print(p, p.pattern, p.flags, p.groups, dict(p.groupindex), type(p.groupindex).__name__)
m = p.search('  x=1; y=')
print(m, m.group(), m.group(0, 'key', 2), m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.span('val'), m.start(3), m.end('key'), m.regs, m.lastindex, m.lastgroup)
print(m.pos, m.endpos, m.re is p, m.string, m[0], m['val'], m[3], m.expand(r'[\g<key>:\2:\g<3>]'))
m2 = p.search('  x=1; y=', 6)
print(m2, m2.groups(), m2.lastindex, m2.lastgroup, m2.pos, m2.group('val'), m2.span(2))
print(copy.copy(m) is m, copy.deepcopy(p) is p, copy.copy(p) is p)
for bad in [lambda: m.group(4), lambda: m.group('nope'), lambda: m.group(-1), lambda: m['x'], lambda: m.start(9), lambda: m.group(1.5),
            lambda: p.match(), lambda: p.search('a', 'b'), lambda: m.expand(r'\9'), lambda: re.compile(5), lambda: re.compile(p, re.I)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(re.compile(p) is p, re.compile(r'\d+') is re.compile(r'\d+'), re.compile('a') == re.compile('a'), re.compile('a') != re.compile('a', re.I))
print(hash(re.compile('ab')) == hash(re.compile('ab')), re.compile('ab') == 'ab')
for flags in [0, re.I, re.M | re.S, re.X, re.A, re.I | re.M | re.S | re.X | re.A, re.U, re.I | 1024, re.DEBUG & 0]:
    print(repr(re.compile('a+b', flags)) if not flags & 1024 else '-', repr(flags) if isinstance(flags, re.RegexFlag) else flags)
print(repr(re.I), repr(re.I | re.M), str(re.I), repr(re.NOFLAG), repr(re.RegexFlag(0)), repr(re.I | 1024), re.I | re.M, int(re.X))
print(re.IGNORECASE is re.I, re.RegexFlag.DOTALL, list(re.RegexFlag)[:3], re.M.name, re.M.value, type(re.S | re.I).__name__)
print(repr(re.compile(b'x+\n')), repr(re.compile('q' * 250))[-12:], len(repr(re.compile('q' * 250))), repr(re.compile("it's")))
print(repr(re.match('.', '\n', re.S)), repr(re.match('a+', 'aaaa')), repr(re.match(b'x', b'xy')), repr(re.match('', 'a')))
print(re.escape('a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o p-q#r&s~t\tu'), re.escape(b'1.0'), re.escape('naïve'))
print(type(p).__name__, type(m).__name__, re.Pattern, re.Match, re.error.__name__, re.error.__module__, issubclass(re.error, Exception))
print(re.purge(), re.compile('zz+') is re.compile('zz+'), re.Match[str], re.Pattern[bytes])
# subclass subjects, negative count / maxsplit, keyword rules, groupindex without names
class S(str): pass
s = S('abc')
print(type(re.sub('x', 'y', s)).__name__, type(re.sub('a', 'y', s)).__name__, type(re.match('.*', s).group()).__name__, type(re.split('x', s)[0]).__name__)
for f in [lambda: re.sub('a', 'b', 'aaa', count=-1), lambda: re.split('a', 'bab', maxsplit=-1), lambda: re.compile('a').match('a', -5, 99), lambda: re.compile('a').search('ba', 5),
          lambda: re.compile('a').start, lambda: re.match('(a)', 'a').start(group=1), lambda: re.compile('a').findall('aaa', endpos=2), lambda: re.compile(b'a') == re.compile('a'),
          lambda: re.match('a', 'a').group(True), lambda: re.escape(5), lambda: re.compile('a', flags=re.I).flags, lambda: re.compile(r'\u00e9', re.I).match('É'), lambda: re.sub('(?P<a>.)', r'\g<a>\g<a>', 'xy'),
          lambda: re.compile('a').sub(repl='b', string='aa', count=1), lambda: re.finditer('a', 5), lambda: re.compile('(a)(b)').groupindex, lambda: list(re.compile('a').finditer('aaa', 1, 2))]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
m = re.match('(a)', 'a')
for f in [lambda: m.start(group=1), lambda: m.span(group=1), lambda: m.start(1, 2), lambda: m.group(x=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
