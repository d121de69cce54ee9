# re: memory facts of the C types: sys.getsizeof of Pattern (grows with the compiled code) and Match (with the
# group count), GC tracking, what a Match keeps alive (the string and the pattern: refcounts), the compile cache.
import re, sys, gc
for pat in ['', 'a', 'ab', 'abc', 'a+', 'a*?', '.', '.*', '[a-z]', '[a-z]+', r'\d+', r'\s+', r'\w+', 'a|b', 'ab|cd', '(?:ab)+',
            '^a$', r'\bfoo\b', r'(\w+)@(\w+)\.com', '[^abc]', 'a{2,5}', '(a)(b)(c)', '(?P<x>a)|b', '[0-9a-fA-F]+', r'(?i)abc', 'x(?=y)',
            r'(?<=a)b', r'(a)\1', '[aeiou]', '(?s).', r'\d{3}-\d{4}', '[a-zA-Z_][a-zA-Z0-9_]*', '(?>ab)', 'a++', r'(?(1)a|b)']:
    try:
        p = re.compile(pat)
        print(repr(pat), sys.getsizeof(p), gc.is_tracked(p))
    except re.error as e:
        print(repr(pat), e)
for pat in ['a', '(a)', '(a)(b)', '(a)(b)(c)', '(?P<x>a)(b)(c)(d)', '(a)?(b)?(c)?(d)?(e)?']:
    m = re.match(pat, 'abcde')
    print(pat, m and sys.getsizeof(m), m and gc.is_tracked(m))
s = ''.join(['text'] * 20)
p = re.compile('(t)(e)')
print(sys.getrefcount(s), sys.getrefcount(p))
m = p.match(s)
print(sys.getrefcount(s), sys.getrefcount(p), m.string is s, m.re is p)
ms = list(p.finditer(s))
print(len(ms), sys.getrefcount(s), sys.getrefcount(p))
del ms
print(sys.getrefcount(s), sys.getrefcount(p))
g = m.group(0)
print(sys.getrefcount(g), m.group() is m.group(), m.regs is m.regs, sys.getrefcount(m.regs))
del m
print(sys.getrefcount(s), sys.getrefcount(p))
print(re.compile('cache+me') is re.compile('cache+me'), re.compile('cache+me') is re.compile('cache+me', re.I), re._MAXCACHE)
before = sys.getrefcount(p)
re.purge()
print(sys.getrefcount(p) - before, re.compile('(t)(e)') is p)
