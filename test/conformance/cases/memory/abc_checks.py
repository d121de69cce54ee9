# isinstance / issubclass against ABCs (abc._abc_instancecheck / _abc_subclasscheck): the first check fills
# the positive or negative cache (a set of weak references with a callback each), a cached one allocates nothing
import gc, sys, tracemalloc
import os
from abc import ABC, ABCMeta, abstractmethod
from collections.abc import Sequence


class Base(ABC):
    @abstractmethod
    def f(self):
        ...


class Mid(Base):
    pass


class Leaf1(Mid):
    def f(self):
        return 1


class Leaf2(Base):
    def f(self):
        return 2


class Hooked(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, 'g'):
            return True
        return NotImplemented


class V:
    pass


class W:
    pass


class G:
    def g(self):
        pass


class S(Sequence):
    def __getitem__(self, i):
        raise IndexError
    def __len__(self):
        return 0


tracemalloc.start()


def m(label, f, memory=True):
    gc.collect()
    c0 = gc.get_count()[0]
    m0 = tracemalloc.get_traced_memory()[0]
    r = f()
    print(label, r, gc.get_count()[0] - c0, tracemalloc.get_traced_memory()[0] - m0 if memory else '')


m('subclass', lambda: issubclass(Leaf1, Base))
m('subclass cached', lambda: issubclass(Leaf1, Base))
m('instance', lambda: isinstance(Leaf2(), Base))
m('instance cached', lambda: isinstance(Leaf2(), Base))
m('negative', lambda: issubclass(V, Base))
# (3.11's type attribute cache drops a name string here: only the count is about the ABC)
m('negative cached', lambda: issubclass(V, Base), memory=False)
m('negative instance', lambda: isinstance(1, Base))
m('negative instance cached', lambda: isinstance(1, Base))
m('hook true', lambda: issubclass(G, Hooked))
m('hook not implemented', lambda: issubclass(V, Hooked))
m('Sequence first', lambda: isinstance(S(), Sequence))
m('Sequence cached', lambda: isinstance(S(), Sequence))
m('Sequence list', lambda: isinstance([], Sequence))
m('dunder', lambda: Base.__subclasscheck__(Leaf2))
m('dunder instance', lambda: Base.__instancecheck__(Leaf1()))
try:
    issubclass(1, Base)
except TypeError as e:
    print(e)
print(isinstance(Leaf1(), (int, Base)), issubclass(Leaf2, (Mid, Base)))
