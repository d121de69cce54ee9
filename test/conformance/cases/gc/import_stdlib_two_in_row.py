# two imports in a row: the second finds its dependencies already imported by the first (operator is one
# of collections'), so it does less; the garbage of both waits for the collection
import gc

c0 = gc.get_count()
import operator
c1 = gc.get_count()
import collections
c2 = gc.get_count()
print(c0, c1, c2)
print(gc.collect(0), gc.collect())
import functools
import enum
print(gc.get_count(), gc.collect(1), gc.collect())
