# A str subclass instance is not compact: the object (PyUnicodeObject, GC head, dict/weakref room) and a
# separate character buffer (unicode_subtype_new), both freed by del; sizes per kind (ASCII, latin-1, UCS-2).
# (Everything is measured before the first print: print's pending-text list is traced too.)
import sys, tracemalloc
class S(str): pass
tracemalloc.start()
a = S('abc' * 10)
m1 = tracemalloc.get_traced_memory()[0]
b = S('\u00e9' * 10)
m2 = tracemalloc.get_traced_memory()[0]
c = S('\u20ac' * 10)
m3 = tracemalloc.get_traced_memory()[0]
sizes = sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c)
del a, b, c
m4 = tracemalloc.get_traced_memory()[0]
print(m1, m2 - m1, m3 - m2, *sizes)
print(m3 - m4)
