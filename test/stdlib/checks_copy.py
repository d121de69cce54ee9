# copy checks
import sys


@check('copy')
def copy_basic(M, r):
    cp = M.copy
    C = M.collections
    l = [1, [2, 3], {'a': [4]}]
    s = cp.copy(l)
    d = cp.deepcopy(l)
    r.v((s == l, s is l, s[1] is l[1], d == l, d[1] is l[1], d[2]['a'] is l[2]['a']))
    t = (1, 2, (3,))
    r.v((cp.copy(t) is t, cp.deepcopy(t) is t))
    t2 = (1, [2])
    r.v((cp.deepcopy(t2) is t2, cp.deepcopy(t2) == t2))
    for v in (None, 1, 2.5, 'x', b'y', True, 3j, range(3), len, int, Ellipsis, frozenset({1}),
              {1, 2}, bytearray(b'ab'), {'k': 'v'}, slice(1, 2)):
        c1 = cp.copy(v)
        c2 = cp.deepcopy(v)
        r.v((repr(v), c1 == v, c1 is v, c2 == v, c2 is v))
    rec = [1]
    rec.append(rec)
    dr = cp.deepcopy(rec)
    r.v((dr[1] is dr, dr is not rec))
    rt = ([],)
    rt[0].append(rt)
    drt = cp.deepcopy(rt)
    r.v((drt[0][0] is drt, drt is not rt))
    shared = [0]
    pair = [shared, shared]
    dp = cp.deepcopy(pair)
    r.v((dp[0] is dp[1], dp[0] is not shared))
    memo = {}
    cp.deepcopy([shared], memo)
    r.v(sorted(type(v).__name__ for v in memo.values()))
    r.v(len(memo))
    r(cp.Error)
    r.v(cp.error is cp.Error)
    r.v(sorted(cp.__all__))


@check('copy')
def copy_instances(M, r):
    cp = M.copy

    class A:
        def __init__(self):
            self.x = [1]
            self.y = 'y'
        def __repr__(self):
            return 'A(%r, %r)' % (self.x, self.y)
    a = A()
    b = cp.copy(a)
    c = cp.deepcopy(a)
    r.v((b, b.x is a.x, c, c.x is a.x, type(c).__name__))

    class S:
        __slots__ = ('p', 'q', '__priv')
        def __init__(self):
            self.p = [1]
            self.__priv = 5
        def get(self):
            return self.__priv
    s = S()
    s2 = cp.copy(s)
    s3 = cp.deepcopy(s)
    r.v((s2.p is s.p, s3.p == s.p, s3.p is s.p, hasattr(s2, 'q'), s2.get(), s3.get()))

    class Both(S):
        def __init__(self):
            super().__init__()
            self.z = 'z'
    bo = cp.deepcopy(Both())
    r.v((bo.z, bo.p, bo.get()))

    class WithCopy:
        def __copy__(self):
            return 'copied'
        def __deepcopy__(self, memo):
            return ('deep', type(memo).__name__)
    r.v((cp.copy(WithCopy()), cp.deepcopy(WithCopy()), cp.deepcopy([WithCopy()])))

    class GS:
        def __init__(self):
            self.v = 1
        def __getstate__(self):
            return {'v': self.v * 10}
        def __setstate__(self, st):
            self.v = st['v'] + 1
    r.v((cp.copy(GS()).v, cp.deepcopy(GS()).v))

    class GS2:
        def __init__(self):
            self.v = 1
        def __getstate__(self):
            return {'w': 2}
    g = cp.copy(GS2())
    r.v(sorted(vars(g).items()))

    class Red:
        def __init__(self, a):
            self.a = a
        def __reduce__(self):
            return (Red, (self.a + 1,))
    r.v((cp.copy(Red(1)).a, cp.deepcopy(Red(1)).a))

    class L(list):
        pass
    ll = L([1, [2]])
    ll.attr = 'at'
    l2 = cp.copy(ll)
    l3 = cp.deepcopy(ll)
    r.v((type(l2).__name__, l2, l2.attr, l2[1] is ll[1], l3, l3[1] is ll[1], l3.attr))

    class D(dict):
        def __setitem__(self, k, v):
            super().__setitem__(k, str(v))
    dd = D()
    dict.__setitem__(dd, 'a', 1)
    r.v((cp.copy(dd), cp.deepcopy(dd)))

    class I(int):
        pass
    i = I(7)
    i.tag = 't'
    r.v((cp.copy(i), type(cp.copy(i)).__name__, cp.deepcopy(i).tag))

    P = M.collections.namedtuple('P', 'x y')
    p = P(1, [2])
    r.v((cp.copy(p), cp.copy(p) is p, cp.deepcopy(p), cp.deepcopy(p).y is p.y))

    class Meta(type):
        pass
    K = Meta('K', (), {})
    r.v((cp.copy(K) is K, cp.deepcopy(K) is K))

    class Holder:
        def m(self):
            return self
    h = Holder()
    bm = cp.deepcopy(h.m)
    r.v((bm.__self__ is h, type(bm.__self__).__name__))
    r.v(cp.copy(h.m).__self__ is h)


@check('copy')
def copy_collections(M, r):
    cp = M.copy
    C = M.collections
    dq = C.deque([[1], 2], maxlen=5)
    r.v((cp.copy(dq), cp.deepcopy(dq), cp.deepcopy(dq)[0] is dq[0]))
    dd = C.defaultdict(list, a=[1])
    r.v((cp.copy(dd), cp.deepcopy(dd), cp.deepcopy(dd)['a'] is dd['a']))
    od = C.OrderedDict(b=[1], a=2)
    r.v((cp.copy(od), cp.deepcopy(od), cp.deepcopy(od)['b'] is od['b']))
    cnt = C.Counter('abca')
    r.v((cp.copy(cnt), cp.deepcopy(cnt)))
    ud = C.UserDict(x=[1])
    r.v((cp.copy(ud), cp.deepcopy(ud), cp.copy(ud).data is ud.data))
    ul = C.UserList([[1]])
    r.v((cp.copy(ul), cp.deepcopy(ul)[0] is ul[0], cp.copy(ul)[0] is ul[0]))
    cm = C.ChainMap({'a': 1}, {'b': 2})
    r.v((cp.copy(cm), cp.deepcopy(cm)))


@check('copy', versions=[(3, 13)])
def copy_replace(M, r):
    cp = M.copy
    P = M.collections.namedtuple('P', 'x y')
    r.v(cp.replace(P(1, 2), y=5))
    r(cp.replace, [1], a=1)
    r(cp.replace, P(1, 2), z=1)
