# str(True) is the static identifier bool_repr returns; whether it is also the interned 'True' differs:
# 3.12+ intern their static strings, 3.11 had interned another 'True' (a heap string) at start-up, which
# sys.intern and the compiler's constants return instead.
import sys

s = str(True)
tt = 'True'
print(s is str(True), s is tt[:], repr(s))
i = sys.intern(str(True))
print(i is str(True), i is s)
print(sys.getrefcount(str(True)) > 100, sys.getrefcount(i) > 100)
t = sys.intern(''.join(['Tr', 'ue']))
print(t is str(True), t is i)
f = sys.intern(repr(False))
print(f is repr(False), f is str(False))
n = sys.intern(str(None))
print(n is str(None))
