# ctypes: memory facts of the ctypes objects themselves: sizes, GC tracking, tracemalloc, the references
# they hold (py_object, pointer and cast keep objects; from_address keeps none), and what import ctypes loads.
import sys
import gc

before = set(sys.modules)
import ctypes
from ctypes import c_int, c_long, c_double, py_object, pointer, POINTER, cast, c_void_p
print(sorted(set(sys.modules) - before))

for o in (c_int(1), c_long(2), c_double(1.5), py_object(3), c_void_p(4), pointer(c_int(5))):
    print(type(o).__name__, sys.getsizeof(o), gc.is_tracked(o), type(o).__basicsize__)

x = ["payload"]
print("start", sys.getrefcount(x))
v = c_long.from_address(id(x))
print("from_address", sys.getrefcount(x))
p = py_object(x)
print("py_object", sys.getrefcount(x))
c = cast(id(x), py_object)
print("cast of an id", sys.getrefcount(x))
del p
print("py_object deleted", sys.getrefcount(x), v.value)

a = c_int(7)
print("c_int", sys.getrefcount(a))
pa = pointer(a)
print("pointer", sys.getrefcount(a), sys.getrefcount(pa))
contents = pa.contents
print("contents", sys.getrefcount(pa))
vp = cast(pa, c_void_p)
print("cast of a pointer", sys.getrefcount(pa), vp._objects is pa._objects, len(pa._objects))
del contents, vp
print("released", sys.getrefcount(pa))
del pa
print("pointer deleted", sys.getrefcount(a))

import tracemalloc

tracemalloc.start()
s1 = tracemalloc.take_snapshot()
objs = [c_long(i) for i in range(10)]
ptrs = [py_object(o) for o in objs]
s2 = tracemalloc.take_snapshot()
stats = s2.compare_to(s1, "lineno")
for st in stats[:3]:
    print(st.traceback[0].lineno, st.size_diff, st.count_diff)
tracemalloc.stop()

gc.collect()
n = pointer(c_int(1))
n2 = cast(n, POINTER(c_int))
del n, n2
print("collected", gc.collect())
