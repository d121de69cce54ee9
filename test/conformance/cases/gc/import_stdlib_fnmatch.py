# the first import of fnmatch (a pure-Python stdlib module that imports re and functools): its GC traffic
# runs automatic collections and leaves cyclic garbage the next gc.collect() finds
import gc
import fnmatch
n = gc.collect()
print(n, fnmatch.fnmatch('a.py', '*.py'))
