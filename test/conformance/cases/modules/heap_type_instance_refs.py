# Instances of the types CPython makes on the heap hold a reference to their type (PyType_GenericAlloc's
# Py_INCREF, released by the type's dealloc): itertools, collections, _io since 3.12; functools, operator,
# array, _sre since 3.11 (or earlier). sys.getrefcount(type) grows by one per live instance and falls back when
# they are freed, also through the collector; a subclass's instances hold the subclass instead.
import gc, sys, itertools, functools, collections, io, operator, array, re
def g(): pass
cases = [
    ("itertools.count", itertools.count, lambda: itertools.count()),
    ("itertools.repeat", itertools.repeat, lambda: itertools.repeat(1)),
    ("itertools.chain", itertools.chain, lambda: itertools.chain()),
    ("itertools.cycle", itertools.cycle, lambda: itertools.cycle([])),
    ("itertools.islice", itertools.islice, lambda: itertools.islice([], 1)),
    ("itertools.accumulate", itertools.accumulate, lambda: itertools.accumulate([])),
    ("itertools.product", itertools.product, lambda: itertools.product([])),
    ("itertools.permutations", itertools.permutations, lambda: itertools.permutations([])),
    ("itertools.combinations", itertools.combinations, lambda: itertools.combinations([], 1)),
    ("itertools.groupby", itertools.groupby, lambda: itertools.groupby([])),
    ("itertools.starmap", itertools.starmap, lambda: itertools.starmap(g, [])),
    ("itertools.takewhile", itertools.takewhile, lambda: itertools.takewhile(g, [])),
    ("itertools.dropwhile", itertools.dropwhile, lambda: itertools.dropwhile(g, [])),
    ("itertools.filterfalse", itertools.filterfalse, lambda: itertools.filterfalse(g, [])),
    ("itertools.compress", itertools.compress, lambda: itertools.compress([], [])),
    ("itertools.zip_longest", itertools.zip_longest, lambda: itertools.zip_longest()),
    ("itertools.pairwise", itertools.pairwise, lambda: itertools.pairwise([])),
    ("itertools.tee", None, lambda: itertools.tee([])[0]),
    ("functools.partial", functools.partial, lambda: functools.partial(g)),
    ("functools.lru_cache", None, lambda: functools.lru_cache(g)),
    ("functools.cmp_to_key", None, lambda: functools.cmp_to_key(g)),
    ("collections.deque", collections.deque, lambda: collections.deque()),
    ("collections.defaultdict", collections.defaultdict, lambda: collections.defaultdict()),
    ("collections.OrderedDict", collections.OrderedDict, lambda: collections.OrderedDict()),
    ("deque_iterator", None, lambda: iter(collections.deque())),
    ("io.BytesIO", io.BytesIO, lambda: io.BytesIO()),
    ("io.StringIO", io.StringIO, lambda: io.StringIO()),
    ("operator.itemgetter", operator.itemgetter, lambda: operator.itemgetter(1)),
    ("operator.attrgetter", operator.attrgetter, lambda: operator.attrgetter('a')),
    ("operator.methodcaller", operator.methodcaller, lambda: operator.methodcaller('a')),
    ("array.array", array.array, lambda: array.array('b')),
    ("re.Pattern", None, lambda: re.compile('a+b')),
    ("re.Match", None, lambda: re.match('a', 'a')),
]
for name, tp, mk in cases:
    o = mk()
    t = type(o)
    before = sys.getrefcount(t)
    objs = [mk() for i in range(3)]
    mid = sys.getrefcount(t)
    del objs
    after = sys.getrefcount(t)
    print(name, t.__name__, bool(t.__flags__ & (1 << 9)), mid - before, after - before)

class D(collections.deque):
    pass
class P(functools.partial):
    pass
for name, base, mk in (("deque subclass", collections.deque, lambda: D()), ("partial subclass", functools.partial, lambda: P(g))):
    b0 = sys.getrefcount(base)
    s0 = sys.getrefcount(type(mk()))
    objs = [mk() for i in range(4)]
    print(name, sys.getrefcount(base) - b0, sys.getrefcount(type(objs[0])) - s0)
    del objs
    print(name, sys.getrefcount(base) - b0)
# cycles freed by the collector release their type too
b0 = sys.getrefcount(collections.deque)
c0 = sys.getrefcount(itertools.count)
for i in range(5):
    d = collections.deque()
    d.append(d)
    d.append(itertools.count())
del d
print("cycles", sys.getrefcount(collections.deque) - b0, sys.getrefcount(itertools.count) - c0)
gc.collect()
print("collected", sys.getrefcount(collections.deque) - b0, sys.getrefcount(itertools.count) - c0)
