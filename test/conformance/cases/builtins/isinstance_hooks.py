# isinstance/issubclass through ABC metaclass hooks, collections.abc, __class__ overrides, type.__instancecheck__ arity.
import abc
class A(abc.ABC): pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, A), isinstance(1, A))
from collections.abc import Iterable, Sized
print(isinstance([], Iterable), issubclass(list, Sized), isinstance(3, Iterable))
try: type.__instancecheck__(int)
except TypeError as e: print(e)
class X: __class__ = int
print(isinstance(X(), int), isinstance(X(), X))
