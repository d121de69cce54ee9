# operator's C types as objects: the references they hold, what making and calling them allocates
import gc
import sys
import operator

t = (10, 20, 30)
item = ''.join(['k', 'ey'])
ig = operator.itemgetter(item)
print(sys.getrefcount(item) - 1, gc.is_tracked(ig), sys.getrefcount(operator.itemgetter) > 1)
many = operator.itemgetter(0, 2)
print(many(t), sys.getrefcount(t))
print(operator.itemgetter(1)(t) is t[1])

name = ''.join(['na', 'me'])
ag = operator.attrgetter(name)
print(sys.getrefcount(name) - 1)

class K:
    name = 'x'
    def m(self, *a, **k):
        return (a, k)

k = K()
mc = operator.methodcaller('m', 1, z=2)
print(mc(k), sys.getrefcount(mc))
print(mc.__reduce__()[1])
del ig, many, ag, mc

# calling them: what tracemalloc sees
import tracemalloc
rows = [(i, str(i)) for i in range(50)]
key0 = operator.itemgetter(0)
key01 = operator.itemgetter(0, 1)
tracemalloc.start()
r = list(map(key0, rows))
s1 = tracemalloc.get_traced_memory()
del r
tracemalloc.reset_peak()
r = list(map(key01, rows))
s2 = tracemalloc.get_traced_memory()
del r
tracemalloc.reset_peak()
r = list(map(operator.methodcaller('count', 1), rows))
s3 = tracemalloc.get_traced_memory()
tracemalloc.stop()
print(s1, s2, s3)

gc.collect()
before = gc.get_count()[0]
xs = [operator.attrgetter('a') for _ in range(5)]
print(gc.get_count()[0] - before)
