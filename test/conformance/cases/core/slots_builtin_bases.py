# __slots__ on classes over fixed-size builtin types (list, dict, set, float, complex, bytearray,
# exceptions): storing, reading and deleting slots, their errors, sizes, reference counts, and the
# order subtype_dealloc releases them in (the most derived class's slots first, each class's sorted).
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('  del', self.name)

for base, args in ((list, ([1, 2],)), (dict, ({'k': 1},)), (set, ({3},)), (frozenset, ({4},)), (float, (1.5,)),
                   (complex, (2j,)), (bytearray, (b'ab',)), (Exception, ('boom',)), (KeyError, ('k',)),
                   (OSError, (2, 'no such file'))):
    C = type('C' + base.__name__, (base,), {'__slots__': ('x', 'y')})
    o = C(*args)
    print(base.__name__, o, C.__basicsize__, sys.getsizeof(o) - sys.getsizeof(base(*args)), hasattr(o, '__dict__'))
    try:
        o.x
    except AttributeError as e:
        print('  get:', e)
    try:
        del o.y
    except AttributeError as e:
        print('  del:', repr(e))
    try:
        o.z = 1
    except AttributeError as e:
        print('  set:', e)
    v = [base.__name__]
    before = sys.getrefcount(v)
    o.x = v
    o.y = Noisy(base.__name__ + '.y')
    print('  refs +', sys.getrefcount(v) - before, o.x)
    o.x = Noisy(base.__name__ + '.x')
    print('  refs after rebinding', sys.getrefcount(v) - before)
    print('  deleting')
    del o

print('refused:')
for base in (int, tuple, bytes, str):
    try:
        type('V', (base,), {'__slots__': ('x',)})
    except TypeError as e:
        print(' ', base.__name__, e)
    print(' ', base.__name__, 'empty ok', type('V', (base,), {'__slots__': ()}).__basicsize__)

print('levels:')
class L1(list):
    __slots__ = ('b', 'a')
class L2(L1):
    __slots__ = ('d', 'c')
class L3(L2):
    pass
for C in (L1, L2, L3):
    print(C.__name__, C.__basicsize__, sys.getsizeof(C()), [k for k in C.__dict__ if k not in ('__module__', '__doc__', '__firstlineno__', '__static_attributes__')])
o = L3([0])
o.a, o.b, o.c, o.d = Noisy('a'), Noisy('b'), Noisy('c'), Noisy('d')
o.e = Noisy('e (in __dict__)')
o.append(Noisy('item'))
print(o.a.name, o.d.name, list(o.__dict__))
del o

print('descriptors:')
print(L1.a, L1.a.__objclass__.__name__, L1.a.__name__, L1.a.__qualname__, L1.a.__doc__)
try:
    L1.a.__get__([1])
except TypeError as e:
    print(e)
try:
    L2.c.__set__(L1(), 1)
except TypeError as e:
    print(e)
print(L1.a.__get__(None, L1) is L1.a)
