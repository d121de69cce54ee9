# obj.m() where m is a class attribute whose type has Py_TPFLAGS_METHOD_DESCRIPTOR (a function, a builtin
# method, an lru_cache wrapper): LOAD_ATTR's method form calls it with obj as first argument, no bound
# method object is made (nothing for tracemalloc to see).
import functools
import sys
import tracemalloc


class C:
    @functools.lru_cache(maxsize=None)
    def cached(self, x):
        return x * 2

    def plain(self):
        return 1


c = C()
c.cached(1)
c.plain()
[].append(1)
tracemalloc.start()
c.cached(1)
s1 = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
c.plain()
s2 = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
[1].copy
s3 = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
m = c.cached
s4 = tracemalloc.get_traced_memory()
tracemalloc.stop()
print(s1, s2, s3[1] > 0, s4[1] > 0)
print(type(C.__dict__['cached']).__name__, type(m).__name__, m.__self__ is c, m(3))
print(sys.getrefcount(c))
