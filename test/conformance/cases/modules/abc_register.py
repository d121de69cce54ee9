# ABCMeta.register and virtual subclasses: the registry is a set of weak references whose callback removes a
# dead class; each registration moves abc.get_cache_token() and makes the negative caches stale
import gc, sys, tracemalloc, weakref
import os
import abc
from abc import ABC, abstractmethod
from _abc import _get_dump
from collections.abc import Sequence, MutableSequence, Mapping


class Base(ABC):
    @abstractmethod
    def f(self):
        ...


class Mid(Base):
    pass


class V:
    pass


class W:
    pass


tracemalloc.start()


def m(label, f):
    gc.collect()
    c0 = gc.get_count()[0]
    m0 = tracemalloc.get_traced_memory()[0]
    r = f()
    print(label, r, gc.get_count()[0] - c0, tracemalloc.get_traced_memory()[0] - m0)


def sizes(cls):
    registry, cache, negative, version = _get_dump(cls)
    return len(registry), len(cache), len(negative)


t0 = abc.get_cache_token()
m('negative V', lambda: issubclass(V, Base))
m('register', lambda: Mid.register(V) is V)
print('token moved', abc.get_cache_token() - t0)
m('register again', lambda: Mid.register(V) is V)
print('token moved', abc.get_cache_token() - t0)
m('stale negative cache', lambda: issubclass(W, Base))
m('virtual subclass', lambda: issubclass(V, Base))
m('virtual instance', lambda: isinstance(V(), Mid))
print(sizes(Base), sizes(Mid), V in Mid.__subclasses__(), Base.__subclasses__() == [Mid])
m('caches clear', lambda: Base._abc_caches_clear())
print(sizes(Base), sizes(Mid))
m('registry clear', lambda: Mid._abc_registry_clear())
print(sizes(Mid), issubclass(V, Mid))


@Base.register
class Decorated:
    pass


print(Decorated.__name__, issubclass(Decorated, Base), isinstance(Decorated(), Base))


def registration_dies():
    class Tmp:
        pass
    Base.register(Tmp)
    before = sizes(Base)[0]
    r = weakref.ref(Tmp)
    del Tmp
    gc.collect()
    return before, sizes(Base)[0], r() is None


m('dead class leaves the registry', registration_dies)

for bad in (1, 'x', V()):
    try:
        Base.register(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Mid.register(Base)
except RuntimeError as e:
    print(type(e).__name__, e)
print(Base.register(Mid) is Mid, Mid.register(Mid) is Mid)

# a registration makes the class a sequence / mapping for the match statement
class Seqish:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i < 2:
            return i * 10
        raise IndexError(i)


Sequence.register(Seqish)


def kind(x):
    match x:
        case [a, b]:
            return 'sequence', a, b
        case {'k': v}:
            return 'mapping', v
        case _:
            return 'other'


class Mappish(Mapping):
    def __getitem__(self, k):
        if k == 'k':
            return 1
        raise KeyError(k)
    def __iter__(self):
        return iter(['k'])
    def __len__(self):
        return 1


print(kind(Seqish()), kind(Mappish()), kind(V()), kind(__import__('collections').deque([1, 2])))
print(Seqish.__flags__ & (1 << 5), Mappish.__flags__ & (1 << 6), V.__flags__ & (3 << 5))
print(isinstance(__import__('collections').deque(), MutableSequence))
