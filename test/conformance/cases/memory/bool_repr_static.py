# str(True) / repr(False) are CPython's statically allocated identifier strings (bool_repr returns
# &_Py_ID(True)): the same object every time, never a new allocation, so printing a bool leaves no trace.
import sys
import tracemalloc

print(str(True) is str(True), repr(False) is repr(False), f'{True}' is str(True), format(False) is str(False))
print(str(True) is repr(True), str(None) is str(None), repr(...) is repr(...))
print(sys.getrefcount(str(True)) > 1000, sys.getsizeof(str(True)), sys.getsizeof(str(False)))
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
texts = [str(i % 2 == 0) for i in range(100)]
after = tracemalloc.get_traced_memory()[0]
print(after - before, len({id(t) for t in texts}))
del texts
flags = [repr(b) for b in (True, False) * 50]
print(tracemalloc.get_traced_memory()[0] - after, len(set(map(id, flags))))
