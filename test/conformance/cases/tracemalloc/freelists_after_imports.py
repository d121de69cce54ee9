# Freelists after several first imports in a row and after a program's own use of them before an import:
# how many bytes tracemalloc traces for the tuples, lists, dicts and floats made right after (the objects the
# freelists serve reuse blocks allocated before tracing started).
import tracemalloc
import collections
import random
tracemalloc.start()
m0 = tracemalloc.get_traced_memory()[0]
keep = [(m0, m0), (m0, m0), (m0, m0), (m0, m0), [], [], [], {}, {}, {}, m0 * 0.5, m0 * 1.5, m0 * 2.5]
m1 = tracemalloc.get_traced_memory()[0]
print('after tracemalloc, collections, random:', m1 - m0)
tracemalloc.stop()
# 300 2-tuples, 90 lists and 90 dicts freed: their freelists fill up before the next import
junk = [(i, i) for i in range(300)] + [[] for i in range(90)] + [{} for i in range(90)]
del junk
import fractions
tracemalloc.start()
m0 = tracemalloc.get_traced_memory()[0]
keep = [(m0, m0), (m0, m0), (m0, m0), (m0, m0), [], [], [], {}, {}, {}, m0 * 0.5, m0 * 1.5, m0 * 2.5]
m1 = tracemalloc.get_traced_memory()[0]
print('after filling the freelists and importing fractions:', m1 - m0)
