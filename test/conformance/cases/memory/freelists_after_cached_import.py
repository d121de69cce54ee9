# A program's import of a module CPython's sys.modules already holds (re, fnmatch and linecache, which
# `import tracemalloc` loaded) is a cache hit: it changes no freelist (here emptied by a full collection just
# before). How many new blocks the tuples, lists, dicts and floats made right after take (those the freelists
# serve reuse parked blocks).
import sys, gc
import tracemalloc
gc.collect()
import re, fnmatch, linecache

K = 60
def made(build):
    b0 = sys.getallocatedblocks()
    keep = build()
    return sys.getallocatedblocks() - b0

print('1-tuples', made(lambda: [(i,) for i in range(K)]))
print('2-tuples', made(lambda: [(i, i) for i in range(K)]))
print('3-tuples', made(lambda: [(i, i, i) for i in range(K)]))
print('lists', made(lambda: [[] for i in range(K)]))
print('dicts', made(lambda: [{} for i in range(K)]))
print('floats', made(lambda: [i + 0.5 for i in range(K)]))
