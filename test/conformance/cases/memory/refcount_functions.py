# sys.getrefcount for locals, parameters, temporaries, *args/**kwargs, return values.
import sys


def local_only():
    y = []
    print("local y = []:", sys.getrefcount(y))
    z = y
    print("local alias:", sys.getrefcount(y))


def param(p):
    print("parameter (caller holds it):", sys.getrefcount(p))
    q = p
    print("parameter + local alias:", sys.getrefcount(p))


def temp_arg(p):
    print("temporary argument:", sys.getrefcount(p))


def star_args(*args):
    print("via *args:", sys.getrefcount(args[0]))
    print("args tuple itself:", sys.getrefcount(args))


def kw_args(**kw):
    print("via **kwargs:", sys.getrefcount(kw["a"]))


def nested(p):
    param(p)


def returns():
    r = []
    return r


local_only()
a = []
param(a)
temp_arg(object())
temp_arg([1, 2, 3])
star_args(a)
star_args(object())
kw_args(a=a)
nested(a)
nested([])
b = returns()
print("returned list:", sys.getrefcount(b))
print("a after calls:", sys.getrefcount(a))
print("call result as argument:", sys.getrefcount(returns()))


def two_params(p, q):
    print("same object as two params:", sys.getrefcount(p))


two_params(a, a)
lam = lambda v: sys.getrefcount(v)
print("lambda parameter:", lam(a))
print("lambda temp:", lam(object()))
