# Which str methods return the receiver itself (unicode_result_unchanged and friends) and which build a new
# object; str subclasses always get a new exact str (partition keeps the subclass instance).
import sys
s = 'hello world'
t = 'abc'
class S(str):
    pass
u = S('abc')
checks = [
    ('strip', s.strip() is s), ('strip chars', s.strip('x') is s), ('rstrip', t.rstrip() is t), ('lstrip x', t.lstrip('x') is t),
    ('replace no match', s.replace('z', 'y') is s), ('replace same obj', s.replace('l', 'l') is s), ('replace count 0', s.replace('l', 'x', 0) is s),
    ('center', s.center(3) is s), ('ljust', s.ljust(3) is s), ('rjust', s.rjust(11) is s), ('zfill', s.zfill(3) is s),
    ('expandtabs', s.expandtabs() is s), ('removeprefix', s.removeprefix('x') is s), ('removesuffix', t.removesuffix('') is t),
    ('split sep', s.split('x')[0] is s), ('split ws', t.split()[0] is t), ('split ws max 0', t.split(None, 0)[0] is t),
    ('rsplit', t.rsplit('x')[0] is t), ('splitlines', t.splitlines()[0] is t), ('partition', t.partition('x')[0] is t),
    ('rpartition', t.rpartition('x')[2] is t), ('join one', ''.join([t]) is t), ('join one sep', '-'.join([t]) is t),
    ('format literal', t.format() is t), ('format field', '{}'.format(t) is t), ('format_map', t.format_map({}) is t),
    ('format()', format(t, '') is t), ('format <2', format(t, '<2') is t), ('format >5', format(t, '>5') is t),
    ('__format__', t.__format__('') is t), ('str()', str(t) is t), ('slice', t[:] is t), ('mul 1', t * 1 is t),
    ('concat empty', t + '' is t), ('empty concat', '' + t is t),
    ('lower', t.lower() is t), ('casefold', t.casefold() is t), ('translate', t.translate({}) is t), ('swapcase', t.swapcase() is t),
    ('sub strip', type(u.strip()).__name__), ('sub partition', type(u.partition('x')[0]).__name__),
    ('sub split', type(u.split()[0]).__name__), ('sub join', type(''.join([u])).__name__), ('sub replace', type(u.replace('x', 'y')).__name__),
    ('sub format', type(format(u, '')).__name__), ('sub __format__', type(u.__format__('')).__name__), ('sub center', type(u.center(1)).__name__),
]
for name, r in checks:
    print(name, r)
w = 'wordword'.upper().lower()
base = sys.getrefcount(w)
keep = [w.split(), w.strip(), w.partition('z'), ''.join([w]), '{}'.format(w), w.replace('q', 'r'), w.center(3), w[:], w + '', w.splitlines()]
print('refs held by results:', sys.getrefcount(w) - base)
del keep
print('after release:', sys.getrefcount(w) - base)
