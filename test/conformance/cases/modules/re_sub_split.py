# re: sub/subn with templates (\1 \g<name> \g<0> escapes) and callables, count, split with groups and maxsplit,
# findall with 0/1/n groups, finditer, empty matches next to other matches, and the identity of unchanged results.
import re
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'), re.sub(r'(?P<a>x)', r'[\g<a>\g<1>\g<0>\n\t\\]', 'axb'))
print(re.sub('a', r'\\', 'aba'), re.sub('a', '\\\\n', 'a'), re.sub(r'(a)', r'\101\1', 'a'), re.sub(r'(a)', r'\0', 'a') == '\x00')
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3', count=2), re.subn(r'\s+', ' ', ' a  b   c '))
print(re.sub('x*', '-', 'abxd'), re.sub('', '.', 'ab'), re.subn('b*', 'X', 'abbc'), re.sub('(b)|c', r'[\1]', 'abc'))
print(re.sub('a', lambda m: None if m.start() else 'A', 'aaa'), re.subn('z', 'y', 'abc'), re.sub('(?i)B', 'x', 'aBb'))
s = 'unchanged text'
print(re.sub('zzz', 'y', s) is s, re.subn('zzz', 'y', s)[0] is s, re.split('zzz', s)[0] is s, re.match('.*', s).group() is s)
print(re.split(r'(,)|;', 'a,b;c'), re.split(r'\s*', 'a b'), re.split(r'(?=x)', 'axbxc'), re.split(':', ':a:b:', maxsplit=2))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words.'), re.split('x*', 'axbc'), re.split('', 'ab'))
print(re.findall(r'(a)(b)?', 'ab a'), re.findall(r'(?:a)(b)?', 'ab a'), re.findall(rb'\d', b'a1b2'), re.findall('', 'ab'))
print(re.findall(r'\b\w', 'the quick  brown'), re.findall(r'(\w)(\w)?', 'abc'), re.findall(r'a|(b)', 'ab'))
print([(m.span(), m.group()) for m in re.finditer(r'\w*', 'ab cd')], [m.span() for m in re.finditer('', 'ab')])
it = re.finditer(r'\d', 'a1b2')
print(type(it).__name__, next(it), next(it), next(it, 'end'), list(re.compile(r'\d').finditer('123456', 2, 4)))
p = re.compile(r'(?P<n>\d+)')
print(p.sub(r'<\g<n>>', 'a1b22'), p.subn(lambda m: m['n'] * 2, 'a1b22', 1), p.split('a1b22c', 1), p.findall('1 2 3', 2))
for t in [r'\3', r'\g<x>', r'\g<1', r'\g', r'\g<>', r'\g<-1>', r'\g<a b>', r'\q', '\\', r'\8', r'\g<2>']:
    try:
        print(repr(re.sub('(a)(?P<n>b)', t, 'ab')))
    except Exception as e:
        print(repr(t), type(e).__name__, e)
for bad in [lambda: re.sub('a', b'x', 'a'), lambda: re.sub(b'a', 'x', b'a'), lambda: re.sub('a', 1, 'a'), lambda: re.split('a', 5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
