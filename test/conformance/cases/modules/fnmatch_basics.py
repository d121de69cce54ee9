# fnmatch: matching, filtering and translating shell patterns (str and bytes), the pattern cache
import fnmatch

names = ['main.py', 'setup.cfg', 'README.md', 'test_a.py', '.hidden', 'data[1].csv', 'x-y.txt']
for pat in ['*.py', '*', '?????.py', '[!.]*', 'test_?.py', '*[[]1].csv', '[a-z]-[w-y]*', '*.PY', '.*']:
    print(pat, fnmatch.filter(names, pat))
print(fnmatch.fnmatch('Main.PY', '*.py'), fnmatch.fnmatchcase('Main.PY', '*.PY'))
for pat in ['*.py', 'a*b*c', '[!]]x', '[a-]', '[z-a]', '[]', '[!]', '[', 'a&&b[&|~]', '[^x]', '[\\]', '*?*', '**a**']:
    print(repr(pat), repr(fnmatch.translate(pat)))
print(fnmatch.fnmatch(b'data.bin', b'*.bin'), fnmatch.filter([b'a.c', b'b.h'], b'*.[ch]'))
print(sorted(fnmatch.__all__))
try:
    fnmatch.fnmatch('a', b'a')
except TypeError as e:
    print('TypeError:', e)
try:
    fnmatch.fnmatchcase(1, 'a')
except TypeError as e:
    print('TypeError:', e)
info = fnmatch._compile_pattern.cache_info()
print(info.maxsize, info.currsize > 0)
