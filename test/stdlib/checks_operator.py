# operator, bisect, heapq, keyword checks


@check('operator')
def operator_basic(M, r):
    op = M.operator
    r(lambda: sorted(n for n in dir(op) if not n.startswith('_')))
    r(lambda: sorted(n for n in dir(op) if n.startswith('__') and n.endswith('__') and n not in (
        '__all__', '__builtins__', '__cached__', '__doc__', '__file__', '__loader__',
        '__name__', '__package__', '__spec__')))
    for f in ('add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift',
              'and_', 'or_', 'xor', 'lt', 'le', 'eq', 'ne', 'gt', 'ge', 'is_', 'is_not',
              'concat', 'contains', 'countOf', 'indexOf', 'getitem', 'matmul'):
        for a, b in ((7, 2), ([1, 2], [2]), ('ab', 'b'), ({}, {}), (2.5, 0), (3, 'x'), ((1, 2, 1), 1)):
            r(getattr(op, f), a, b)
            r(getattr(op, '__%s__' % f.rstrip('_'), lambda *a: 'nodunder'), a, b)
    for f in ('neg', 'pos', 'abs', 'inv', 'invert', 'not_', 'truth', 'index'):
        for a in (5, -2, 0, True, 2.5, 'x', [], None):
            r(getattr(op, f), a)
    for f in ('iadd', 'isub', 'imul', 'iconcat', 'ior', 'iand', 'ixor', 'ilshift', 'irshift',
              'imod', 'ifloordiv', 'itruediv', 'ipow'):
        for a, b in ((6, 3), ([1], [2]), ({1}, {2}), ('a', 'b'), (2, 'x')):
            x = a.copy() if hasattr(a, 'copy') else a
            res = r(getattr(op, f), x, b)
            r.v(res is x)


@check('operator')
def operator_items(M, r):
    op = M.operator
    d = {'a': 1, 'b': 2}
    op.setitem(d, 'c', 3)
    r.v(d)
    op.delitem(d, 'a')
    r.v(d)
    r(op.delitem, d, 'zz')
    r(op.length_hint, [1, 2, 3])
    r(op.length_hint, iter([1, 2, 3]))
    r(op.length_hint, object(), 7)
    r(op.length_hint, iter(range(10)))
    r(op.length_hint, 5, 'x')

    class H:
        def __length_hint__(self):
            return -1
    r(op.length_hint, H())

    class H2:
        def __length_hint__(self):
            return NotImplemented
    r(op.length_hint, H2(), 4)
    r(op.call, max, 1, 5, 3)
    r(op.call, sorted, [3, 1], reverse=True)
    r(op.indexOf, [1, 2], 5)


@check('operator')
def operator_getters(M, r):
    op = M.operator
    g = op.itemgetter(1)
    r.v(g)
    r(g, 'abc')
    r(g, [1])
    r.v(op.itemgetter(1, 'x', -1))
    r(op.itemgetter(0, 2), 'abcd')
    r(op.itemgetter)
    r(lambda: op.itemgetter(slice(1, 3))('abcdef'))

    class P:
        x = 1
        class inner:
            y = 'deep'
    a = op.attrgetter('x')
    r.v(a)
    r(a, P)
    r(op.attrgetter('inner.y'), P)
    r(op.attrgetter('x', 'inner.y'), P)
    r.v(op.attrgetter('x', 'inner.y'))
    r(op.attrgetter, 1)
    r(op.attrgetter)
    r(op.attrgetter('nope'), P)
    m = op.methodcaller('split', ',', maxsplit=1)
    r.v(m)
    r(m, 'a,b,c')
    r.v(op.methodcaller('upper'))
    r(op.methodcaller('upper'), 'abc')
    r(op.methodcaller, 3)
    r(op.methodcaller)
    r(sorted, [(1, 'b'), (0, 'c'), (1, 'a')], key=op.itemgetter(0))
    r(lambda: list(map(op.itemgetter(0), ['ab', 'cd'])))


@check('bisect')
def bisect_all(M, r):
    b = M.bisect
    data = [1, 2, 2, 2, 3, 5, 8]
    for x in (0, 1, 2, 2.5, 3, 8, 9):
        r(b.bisect_left, data, x)
        r(b.bisect_right, data, x)
        r(b.bisect, data, x)
        r(b.bisect_left, data, x, 2)
        r(b.bisect_right, data, x, 1, 4)
        r(b.bisect_left, data, x, hi=3)
    r(b.bisect_left, data, 1, -1)
    r(b.bisect_right, data, 1, lo=-2)
    r(b.bisect_left, data, 1, 0, 100)
    r(b.bisect_left, data, 1, 0, -5)
    r(b.bisect_left, data, 'x')
    r(b.bisect_left, 5, 1)
    recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
    for k in (0, 3, 4, 8):
        r(b.bisect_left, recs, k, key=lambda t: t[1])
        r(b.bisect_right, recs, k, key=lambda t: t[1])
    lst = []
    for x in (5, 1, 3, 3, 9, 0):
        b.insort(lst, x)
        b.insort_left(lst, x)
    r.v(lst)
    lst2 = []
    for t in [('x', 4), ('y', 2), ('z', 4), ('w', 1)]:
        b.insort_right(lst2, t, key=lambda t: t[1])
        b.insort_left(lst2, (t[0].upper(), t[1]), key=lambda t: t[1])
    r.v(lst2)
    r(b.insort, lst, 1, -1)
    r(b.bisect_left, data, 1, None, None)
    r(b.bisect_right, data, 2, 0, None)
    r(lambda: b.bisect_left(data, 2, lo=1, hi=None))
    r(lambda: sorted(n for n in dir(b) if not n.startswith('_')))


@check('heapq')
def heapq_basic(M, r):
    h = M.heapq
    import random
    rng = random.Random(42)
    for trial in range(30):
        data = [rng.randrange(20) for _ in range(rng.randrange(25))]
        heap = []
        for x in data:
            h.heappush(heap, x)
        r.v(list(heap))
        out = []
        while heap:
            out.append(h.heappop(heap))
        r.v(out)
        d2 = list(data)
        h.heapify(d2)
        r.v(d2)
        if d2:
            r(h.heapreplace, d2, 7)
            r.v(d2)
            r(h.heappushpop, d2, 3)
            r.v(d2)
        for n in (0, 1, 3, 10, 100, -1):
            r(h.nlargest, n, data)
            r(h.nsmallest, n, data)
            r(h.nlargest, n, data, key=lambda x: x % 5)
            r(h.nsmallest, n, data, key=lambda x: -(x % 7))
            r(h.nlargest, n, iter(data))
            r(h.nsmallest, n, iter(data), key=lambda x: x // 3)
    r(h.heappop, [])
    r(h.heapreplace, [], 1)
    r(h.heappushpop, [], 1)
    r(h.heapify, (1, 2))
    r(h.heappush, [1], 'x')


@check('heapq')
def heapq_stability(M, r):
    h = M.heapq
    calls = []

    class K:
        def __init__(self, k, tag):
            self.k, self.tag = k, tag
        def __lt__(self, other):
            calls.append((self.tag, other.tag))
            return self.k < other.k
        def __repr__(self):
            return 'K(%r,%r)' % (self.k, self.tag)
    items = [K(i % 3, i) for i in range(12)]
    r.v(h.nsmallest(4, items))
    r.v(h.nlargest(4, items))
    r.v(h.nsmallest(1, items))
    r.v(h.nlargest(1, items))
    r.v(h.nsmallest(4, items, key=lambda k: k.k))
    r.v(h.nlargest(5, items, key=lambda k: k.k))
    heap = []
    for it in items:
        h.heappush(heap, it)
    r.v(heap)
    r.v(calls)
    calls.clear()
    l = list(items)
    h.heapify(l)
    r.v(l)
    r.v(calls)
    calls.clear()
    r.v([h.heappop(l) for _ in range(len(l))])
    r.v(len(calls))


@check('heapq')
def heapq_merge(M, r):
    h = M.heapq
    r(lambda: list(h.merge([1, 3, 5], [2, 4, 6], [0, 7])))
    r(lambda: list(h.merge()))
    r(lambda: list(h.merge([], [1])))
    r(lambda: list(h.merge([5, 3, 1], [6, 2], reverse=True)))
    r(lambda: list(h.merge(['a', 'bb'], ['c', 'ddd'], key=len)))
    r(lambda: list(h.merge([(1, 'a'), (2, 'b')], [(1, 'x'), (2, 'y')], key=lambda t: t[0])))
    r(lambda: list(h.merge([(1, 'a'), (2, 'b')], [(1, 'x'), (2, 'y')], key=lambda t: t[0], reverse=True)))
    r(lambda: list(h.merge([1, 1, 2], [1, 2], [1])))
    r(lambda: list(h.merge(iter([1, 2]), 'ab')))
    r(lambda: list(h.merge([3], key=str)))
    r(lambda: type(h.merge([1])).__name__)
    r(lambda: sorted(n for n in dir(h) if not n.startswith('_')))


@check('keyword')
def keyword_all(M, r):
    k = M.keyword
    r.v(k.kwlist)
    r.v(k.softkwlist)
    r.v(sorted(n for n in k.__all__))
    for w in ('if', 'match', 'True', 'type', 'foo', '_', 'async', 'case', 'None'):
        r(k.iskeyword, w)
        r(k.issoftkeyword, w)
    r(k.iskeyword, [])
