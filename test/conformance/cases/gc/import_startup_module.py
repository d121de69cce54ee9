# a module CPython's start-up already imported (abc: io, os and site import it) is a cache hit: nothing
# is allocated, counted or traced (the traced memory grows as much as without the import)
import gc
import sys
import tracemalloc

tracemalloc.start()
s0 = gc.get_stats()
m0 = tracemalloc.get_traced_memory()[0]
c0 = gc.get_count()
m1 = tracemalloc.get_traced_memory()[0]
c1 = gc.get_count()
import abc
m2 = tracemalloc.get_traced_memory()[0]
c2 = gc.get_count()
tracemalloc.stop()
print(c0 == c1 == c2, s0 == gc.get_stats(), (m2 - m1) - (m1 - m0), "abc" in sys.modules, gc.collect())

class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...

print(Base.__abstractmethods__)
