# gc counts and traced memory of defining ABC subclasses (abc._abc_init: the abstract methods, _abc_data)
import gc, sys, tracemalloc
import abc
import os  # CPython start-up imported it: abc.ABC already has a subclass (os.PathLike)
from collections.abc import Sequence, Mapping, Iterable

tracemalloc.start()


def measure(label, make):
    gc.collect()
    c0 = gc.get_count()
    m0 = tracemalloc.get_traced_memory()[0]
    cls = make()
    print(label, c0, gc.get_count(), tracemalloc.get_traced_memory()[0] - m0)
    return cls


def seq():
    class A(Sequence):
        pass
    return A


def seq_sub(base):
    class B(base):
        pass
    return B


def mapping():
    class M(Mapping):
        def __getitem__(self, k):
            return k
        def __iter__(self):
            return iter(())
        def __len__(self):
            return 0
    return M


def iterable():
    class I(Iterable):
        def __iter__(self):
            return iter(())
    return I


def plain_abc():
    class P(abc.ABC):
        pass
    return P


def abstract_meta():
    class Shape(metaclass=abc.ABCMeta):
        @abc.abstractmethod
        def area(self):
            ...
        @abc.abstractmethod
        def name(self):
            ...
    return Shape


A = measure('Sequence', seq)
B = measure('Sequence sub', lambda: seq_sub(A))
M = measure('Mapping', mapping)
I = measure('Iterable', iterable)
P = measure('ABC', plain_abc)
S = measure('ABCMeta', abstract_meta)
for c in (A, B, M, I, P, S):
    print(c.__name__, sorted(c.__abstractmethods__), type(c._abc_impl).__name__,
          sys.getsizeof(c._abc_impl), gc.is_tracked(c._abc_impl))
print('__abc_tpflags__' in A.__dict__, '__abc_tpflags__' in Sequence.__dict__)
print(A.__flags__ & (1 << 5), M.__flags__ & (1 << 6), I.__flags__ & (3 << 5))
