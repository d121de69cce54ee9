# os: CPython's start-up already imported os (and os.path = posixpath), so importing them allocates
# nothing: the GC counts and tracemalloc's traced memory do not move
import gc
import tracemalloc

tracemalloc.start()
before = gc.get_count()
traced = tracemalloc.get_traced_memory()[0]
import os
import os.path
from os import path, sep
import posixpath
from os.path import join
print(gc.get_count() == before, tracemalloc.get_traced_memory()[0] - traced)
print(path is posixpath, join is posixpath.join, sep)
