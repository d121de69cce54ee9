# Each builtin function of a builtin module holds a reference to its module (__self__), as PyCFunction's
# m_self does: sys.getrefcount(module) counts them.
import sys
import gc
import math
import _tracemalloc
import _typing
import tracemalloc

def nfuncs(m):
    return len([v for v in vars(m).values() if type(v) is type(len)])

for m in (gc, math, _tracemalloc, _typing, tracemalloc):
    print(m.__name__, nfuncs(m), sys.getrefcount(m))

# a function taken out of the module keeps the module alive; deleting it from the module releases it
before = sys.getrefcount(math)
sqrt = math.sqrt
print(sys.getrefcount(math) - before)
del math.sqrt
print(sys.getrefcount(math) - before)
del sqrt
print(sys.getrefcount(math) - before)
math.floor = None
print(sys.getrefcount(math) - before)
print(sys.getrefcount(gc.collect), sys.getrefcount(gc.collect.__self__) - sys.getrefcount(gc))
