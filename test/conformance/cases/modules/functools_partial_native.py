# functools.partial (the C type): flattening of nested partials, calls merging keywords, attributes,
# repr, __dict__, __reduce__/__setstate__, subclasses and errors.
import sys
from functools import partial


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def f(*a, **k):
    return a, k


t(lambda: partial())
t(lambda: partial(1))
p = partial(f, 1, b=2)
t(lambda: p(2, c=3))
t(lambda: p(b=5))
t(lambda: p())
t(lambda: (p.func is f, p.args, p.keywords, p.__dict__))
t(lambda: partial(f, 1, 2, 3, 4)(5, 6, 7))
p.x = 5
t(lambda: (p.x, p.__dict__))
t(lambda: partial(p, 3, d=4).func is p)
t(lambda: partial(partial(f, 1), 2).func is f)
t(lambda: partial(partial(f, 1, a=1), 2, a=3, b=4).keywords)
t(lambda: partial(partial(f)).args)
t(lambda: setattr(p, 'func', 1))
t(lambda: setattr(p, 'args', 1))
t(lambda: setattr(p, 'keywords', 1))
t(lambda: (sys.getsizeof(partial(f)), type(p), partial.__module__, partial.__name__))
t(lambda: repr(partial(len, 'abc')))
t(lambda: repr(partial(len, key='v', other=[1])))
t(lambda: p.__reduce__()[0])
t(lambda: p.__reduce__()[2][1:])


class MyP(partial):
    pass


m = MyP(max, 1)
t(lambda: (type(m).__name__, m(5), m.args, partial(m, 2).args, partial(m, 2).func))
r = partial(f)
r.__setstate__((f, (1,), {'a': 1}, None))
t(lambda: (r.args, r.keywords, r()))
t(lambda: r.__setstate__((f,)))
t(lambda: r.__setstate__([f, (), {}, None]))
t(lambda: r.__setstate__((1, (), {}, None)))
rec = partial(f)
rec.__setstate__((len, (rec,), {}, None))
t(lambda: repr(rec))
arg = object()
before = sys.getrefcount(arg)
q = partial(f, arg, k=arg)
print(sys.getrefcount(arg) - before)
del q
print(sys.getrefcount(arg) - before)
