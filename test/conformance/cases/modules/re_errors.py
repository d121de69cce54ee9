# re: re.error messages, positions, lineno/colno for bad patterns and replacement templates; ValueError for
# incompatible flags; OverflowError for huge repeats.
import re
pats = ['(', '(a', 'a)', '*', '+a', 'a**', 'a{3,2}', '[a', '[z-a]', r'\q', '\\', r'(?P<1>a)', r'(?P<a>a)(?P<a>b)', r'(?P=x)', r'(?<x>a)',
 '(?x', '(?', '(?i', '(?iz)', '(?-', '(?-i', '(?-q:a)', r'(?i-i:a)', 'a(?i)', r'(?#abc', r'\1', r'(a)\2', r'(a\1)', r'(?<=a+)b',
 r'(?(2)a|b)', r'(?(x)a)', r'(?(1)a|b|c)', r'\x4', r'\u12', r'\U0011ffff', r'\N{NOPE}', r'\N', r'[\d-z]', r'\777', r'[\777]',
 'a\n(b', r'(?P', r'(?Px)', r'(?<', r'(?<a', 'a{99999999999}', r'(?L)a', r'(?au)a', r'(?a-a:b)', r'x(?P<n!>y)', r'(?P<>a)', r'\g', '(?P<a>a', r'(?P=)',
 r'[\b]', r'(?>', r'a|*', r'^*', r'\b*', r'(?P<a>)(?P=a', '[^]', r'(?(0)a)', r'(?(a', r'(?:']
for p in pats:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
for p in [b'(', b'\\q', rb'(?u)a', b'\xe9(']:
    try: re.compile(p)
    except re.error as e: print(repr(p), e, e.pattern)
for f in [re.L, re.A|re.U]:
    try: re.compile('a', f)
    except Exception as e: print(type(e).__name__, e)
try: re.compile(b'a', re.U)
except Exception as e: print(type(e).__name__, e)
for t in [r'\3', r'\g<x>', r'\g<1', r'\g', r'\g<>', r'\g<-1>', r'\g<a b>', r'\q', '\\', r'\8']:
    try: print(repr(re.sub('(a)(?P<n>b)', t, 'ab')))
    except Exception as e: print(repr(t), type(e).__name__, e)
print(re.match('(a)(?P<n>b)', 'ab').expand(r'\2\1 \g<n>'))
try: re.match('(a)', 'a').expand(r'\5')
except Exception as e: print(type(e).__name__, e)
