# str.split / replace / upper / lower / join: results, identity, sizes (kind) and argument errors, for short
# and long receivers, positional and keyword arguments, and replacement text with '$' in it.
import sys
s = 'item-12:4'
print(s.split(':'), s.split(':', 1), 'a,,b,'.split(','), ','.join(['x']).split(','), 'abc'.split('abcd'))
print('a b  c'.split(), 'a b c'.split(None, 1), 'a:b:c'.split(sep=':', maxsplit=1), 'a:b:c'.rsplit(':', 1))
a = 'abc'
print(s.split(':')[0] is s.split(':')[0], a.split(',')[0] is a, [sys.getsizeof(p) for p in 'x\u00e9:abc:\u20ac'.split(':')])
long = ':'.join(str(i) for i in range(200))
print(len(long.split(':')), long.split(':')[-1], len(long.split(':', 5)), sys.getsizeof(long.split(':')[7]))
for bad in ("s.split(1)", "s.split(':', 'x')", "s.split(x=1)", "s.split(':', 1, 2)"):
    try:
        eval(bad)
    except TypeError as e:
        print(e)
print('aXbX'.replace('X', '$&'), 'aXb'.replace('X', "$'$`$$"), 'abc'.replace('b', '\u00e9'), sys.getsizeof('abc'.replace('b', '\u00e9')), sys.getsizeof('a\u00e9c'.replace('\u00e9', 'b')))
print('xyz'.replace('q', 'r') is not None, sys.getsizeof('aaa'.replace('a', 'bb')), 'aaa'.replace('a', 'b', 2))
print('ab'.upper(), sys.getsizeof('ab'.upper()), '\u00e9a'.upper(), sys.getsizeof('\u00e9a'.upper()), sys.getsizeof('AB'.lower()), 'x'.upper() == 'X')
print(sys.getsizeof(','.join(['ab', 'cd'])), sys.getsizeof(','.join(['ab', '\u00e9'])), sys.getsizeof('\u20ac'.join(['a', 'b'])))
