# The __dict__ of instances of classes derived from builtin types: split on the class's shared keys where
# CPython gives the class shared keys (3.11: a fixed-size base; 3.12+: every base), combined otherwise
# (3.11 int/tuple/bytes subclasses, exceptions' own dict slot).  Sizes after the first attribute, after
# reading __dict__ first, as the shared keys fill up (30 names), and for subclasses of subclasses.
import sys

class L(list): pass
class I(int): pass
class D(dict): pass
class F(float): pass
class S(str): pass
class T(tuple): pass
class B(bytes): pass
class St(set): pass
class Fs(frozenset): pass
class C(complex): pass
class Ba(bytearray): pass
class E(Exception): pass
class BE(BaseException): pass
class LL(L): pass
class II(I): pass
class EE(E): pass
class LS(list):
    __slots__ = ('__dict__',)
class P: pass

ARGS = {I: (5,), II: (5,), F: (1.5,), S: ('ab',), T: ((1, 2),), B: (b'xy',), C: (1j,), Ba: (b'z',)}

def make(cls):
    return cls(*ARGS.get(cls, ()))

CLASSES = (L, I, D, F, S, T, B, St, Fs, C, Ba, E, BE, LL, II, EE, LS, P)

print('first attribute, then two more instances')
for cls in CLASSES:
    o = make(cls)
    o.a = 1
    o.b = 2
    o2 = make(cls)
    o2.a = 3
    o3 = make(cls)
    o3.c = 4
    print(cls.__name__, sys.getsizeof(o.__dict__), sys.getsizeof(o2.__dict__), sys.getsizeof(o3.__dict__),
          list(o.__dict__), list(o2.__dict__), list(o3.__dict__), o.a, o2.a, o3.c)

print('__dict__ read before any attribute')
for cls in CLASSES:
    o = make(cls)
    d = o.__dict__
    s0 = sys.getsizeof(d)
    o.x = 1
    print(cls.__name__, s0, sys.getsizeof(d), d is o.__dict__, list(d))

print('shared keys filling up')
for cls in (L, I, D, F, T, LL, P):
    o = make(cls)
    sizes = []
    for i in range(33):
        setattr(o, 'k%d' % i, i)
        sizes.append(sys.getsizeof(o.__dict__))
    o2 = make(cls)
    o2.k3 = 0
    o2.other = 1
    print(cls.__name__, sizes, sys.getsizeof(o2.__dict__), list(o2.__dict__), o.k32, len(o.__dict__))

print('separate keys per class')
for cls in (L, LL):
    o = make(cls)
    o.z = 1
    print(cls.__name__, sys.getsizeof(o.__dict__))
