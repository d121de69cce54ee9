# functools checks
import sys


@check('functools')
def wraps_and_update(M, r):
    ft = M.functools
    r.v(ft.WRAPPER_ASSIGNMENTS)
    r.v(ft.WRAPPER_UPDATES)

    def deco(f):
        @ft.wraps(f)
        def inner(*a, **k):
            return f(*a, **k)
        return inner

    @deco
    def target(x: int) -> int:
        "doc here"
        return x + 1
    target.extra = 1
    r.v((target.__name__, target.__qualname__, target.__doc__, target.__annotations__,
         target.__module__, target(1), target.__wrapped__.__name__))
    r.v(sorted(vars(target)))

    class Obj:
        pass
    o = Obj()
    ft.update_wrapper(o, len)
    r.v((o.__name__, o.__qualname__, o.__doc__[:20], o.__wrapped__ is len))
    r(ft.update_wrapper, o, len, updated=('nope',))
    r.v(sorted(n for n in ft.__all__))


@check('functools')
def total_ordering_checks(M, r):
    ft = M.functools

    @ft.total_ordering
    class V:
        def __init__(self, v): self.v = v
        def __eq__(self, o): return self.v == o.v if isinstance(o, V) else NotImplemented
        def __lt__(self, o): return self.v < o.v if isinstance(o, V) else NotImplemented
        def __repr__(self): return 'V(%d)' % self.v
    a, b = V(1), V(2)
    r.v((a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1), b > a))
    r(lambda: a > 3)
    r(lambda: a <= 'x')
    r.v(V.__gt__.__name__)
    r.v(V.__gt__.__qualname__)
    r.v(V.__gt__.__doc__)
    r.v(sorted([V(3), V(1), V(2)]))

    for root in ('__le__', '__gt__', '__ge__'):
        ns = {'__init__': lambda self, v: setattr(self, 'v', v),
              '__eq__': lambda self, o: self.v == o.v,
              root: (lambda op: lambda self, o: getattr(self.v, op)(o.v))(root)}
        K = ft.total_ordering(type('K' + root, (), ns))
        x, y = K(1), K(2)
        r.v((root, x < y, x > y, x <= y, x >= y, y < x, x <= K(1), x >= K(1), x < K(1)))
    r(ft.total_ordering, type('Empty', (), {}))


@check('functools')
def lru(M, r):
    ft = M.functools
    calls = []

    @ft.lru_cache(maxsize=2)
    def f(x):
        calls.append(x)
        return x * 2
    for x in (1, 2, 1, 3, 2, 1, 1, 4):
        r.v(f(x))
    r.v(calls)
    r.v(f.cache_info())
    r.v(f.cache_parameters())
    r.v(type(f.cache_info()).__name__)
    r.v(f.cache_info()._fields)
    f.cache_clear()
    r.v(f.cache_info())
    r.v((f.__name__, f.__wrapped__.__name__, type(f).__name__, type(f).__module__))
    r.v(repr(f).split(' at ')[0])

    @ft.lru_cache
    def g(a, b=1, *, c=2):
        return (a, b, c)
    g(1); g(1); g(1, 1); g(a=1); g(1, c=2); g(1, b=1)
    r.v(g.cache_info())
    r.v(g.cache_parameters())

    @ft.lru_cache(maxsize=None)
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    r.v(fib(60))
    r.v(fib.cache_info())

    @ft.lru_cache(maxsize=3)
    def fib3(n):
        return n if n < 2 else fib3(n - 1) + fib3(n - 2)
    r.v(fib3(20))
    r.v(fib3.cache_info())

    @ft.lru_cache(maxsize=0)
    def z(x):
        return x
    z(1); z(1)
    r.v(z.cache_info())

    @ft.lru_cache(maxsize=-5)
    def neg(x):
        return x
    neg(1)
    r.v(neg.cache_info())

    @ft.lru_cache(typed=True)
    def t(x):
        calls.append(('t', x))
        return x
    calls.clear()
    t(1); t(1.0); t(True); t(1)
    r.v(calls)
    r.v(t.cache_info())

    @ft.lru_cache()
    def u(x):
        calls.append(('u', x))
        return x
    calls.clear()
    u(1); u(1.0); u(True)
    r.v(calls)
    r(ft.lru_cache, 'x')
    r(lambda: u([1]))

    @ft.cache
    def sq(x):
        return x * x
    r.v([sq(i % 3) for i in range(6)])
    r.v(sq.cache_info())
    r.v(sq.cache_parameters())

    class C:
        @ft.lru_cache(maxsize=None)
        def m(self, x):
            return (id(self) > 0, x)
    c = C()
    r.v(c.m(5))
    r.v(c.m(5))
    r.v(C.m.cache_info())
    r.v(type(C.__dict__['m']).__name__)

    @ft.lru_cache(maxsize=3)
    def k(x):
        return x
    for x in 'abcadbe':
        k(x)
    r.v(k.cache_info())
    calls.clear()

    @ft.lru_cache(maxsize=3)
    def k2(x):
        calls.append(x)
        return x
    for x in 'abcadbeacb':
        k2(x)
    r.v(calls)


@check('functools')
def cached_prop(M, r):
    ft = M.functools
    n = []

    class P:
        @ft.cached_property
        def val(self):
            "the doc"
            n.append(1)
            return 42
    p = P()
    r.v((p.val, p.val, len(n), p.__dict__))
    del p.val
    r.v((p.val, len(n)))
    r.v(P.val.__doc__)
    r.v(P.val.attrname)
    r.v(type(P.val).__name__)
    r.v(getattr(P.val, '__module__', None))

    class S:
        __slots__ = ('a',)
        @ft.cached_property
        def val(self):
            return 1
    r(lambda: S().val)
    cp = ft.cached_property(lambda self: 1)
    r(cp.__get__, p, P)

    def two():
        cp2 = ft.cached_property(lambda self: 1)
        class T:
            a = cp2
            b = cp2
    r(two)
    r.v(ft.cached_property[int])


@check('functools')
def singledispatch_checks(M, r):
    ft = M.functools

    @ft.singledispatch
    def show(x):
        return 'obj:%r' % (x,)

    @show.register(int)
    def _(x):
        return 'int:%d' % x

    @show.register
    def _(x: list):
        return 'list:%d' % len(x)

    def show_str(x):
        return 'str:' + x
    show.register(str, show_str)
    for v in (1, True, 'a', [1, 2], (1,), 2.5, None):
        r.v(show(v))
    r.v(show.dispatch(bool).__name__)
    r.v(show.dispatch(float).__name__)
    r.v(sorted(k.__name__ for k in show.registry))
    r(show)
    r.v(show.__name__)

    from collections.abc import Sequence

    @show.register(M.get('collections.abc').Sequence)
    def _(x):
        return 'seq'
    r.v(show((1, 2)))
    r.v(show([1]))

    class A:
        @ft.singledispatchmethod
        def m(self, arg):
            return 'default'

        @m.register
        def _(self, arg: int):
            return 'int'
    r.v((A().m(1), A().m('x')))


@check('functools')
def natives(M, r):
    ft = M.functools
    r.v(ft.reduce(lambda a, b: a * b, range(1, 6)))
    r(ft.reduce, lambda a, b: a, [])
    p = ft.partial(int, base=2)
    r.v(p('101'))
    r.v(sorted([3, 1, 2], key=ft.cmp_to_key(lambda a, b: b - a)))

    class C:
        def f(self, a, b):
            return (a, b)
        g = ft.partialmethod(f, 1)
    r.v(C().g(2))
