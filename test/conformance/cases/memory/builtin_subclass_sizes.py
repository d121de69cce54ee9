# sys.getsizeof of instances of classes derived from builtin types, the builtin types' own
# __basicsize__/__itemsize__, and that copying, weakrefs and exceptions' layouts still behave.
import sys
class I(int): pass
class F(float): pass
class L(list): pass
class T(tuple): pass
class S(str): pass
class B(bytes): pass
class D(dict): pass
class St(set): pass
class Fs(frozenset): pass
class Ba(bytearray): pass
class C(complex): pass
class Bi(int): __slots__ = ()
class Fi(float): __slots__ = ()
class Ti(tuple): __slots__ = ()
print(sys.getsizeof(I(12345678)), sys.getsizeof(I(0)), sys.getsizeof(I(2**100)))
print(sys.getsizeof(F(1.5)), sys.getsizeof(L()), sys.getsizeof(L([1,2,3])), sys.getsizeof(T()), sys.getsizeof(T((1,2,3))))
print(sys.getsizeof(S('abc')), sys.getsizeof(B(b'abc')), sys.getsizeof(D()), sys.getsizeof(St()), sys.getsizeof(Fs()), sys.getsizeof(Ba(b'ab')), sys.getsizeof(C(1j)))
print(sys.getsizeof(Bi(5)), sys.getsizeof(Fi(1.0)), sys.getsizeof(Ti((1,2))))
print(I.__basicsize__, F.__basicsize__, L.__basicsize__, T.__basicsize__, S.__basicsize__, B.__basicsize__, D.__basicsize__, Bi.__basicsize__, Ti.__basicsize__)
print(I.__itemsize__, T.__itemsize__, B.__itemsize__, Bi.__itemsize__)
class I2(int): pass
class T(tuple): pass
class B(bytes): pass
class L(list): pass
class E(ValueError): pass
class Ex(Exception):
    __slots__ = ('x',)
i = I(7); i.a = 1
print(copy.copy(i), copy.deepcopy(T((1, 2))), copy.copy(B(b"xy")), i.__dict__)
try:
    weakref.ref(I(3))
except TypeError as e:
    print(e)
l = L([1]); r = weakref.ref(l); print(r() is l)
print(sys.getsizeof(E()), sys.getsizeof(Ex()), E.__basicsize__, Ex.__basicsize__, E.__weakrefoffset__, Ex.__weakrefoffset__)
class M(type): pass
print(M.__basicsize__, M.__itemsize__, M.__dictoffset__, M.__weakrefoffset__)
print(bool.__basicsize__, type(i).__mro__)
