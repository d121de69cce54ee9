# f(*t) with an exact tuple t: PyObject_Call hands a callee without vectorcall (a class's type_call, an
# lru_cache wrapper, a METH_VARARGS builtin) the tuple itself; vectorcall callees (Python functions) get
# its items, and a Python *args parameter is a new tuple.
import functools
import operator
import sys

t = (1, 2, 3)


def g(*a):
    return a


print('python *args is t:', g(*t) is t, (lambda *a: a)(*t) is t)
e = Exception(*t)
print('Exception(*t).args is t:', e.args is t)


class K:
    def __init__(self, *a):
        self.a = a


print('class __init__ *args is t:', K(*t).a is t)
print('refcount held by e.args:', sys.getrefcount(t))
print('inside a Python callee:', (lambda *a: sys.getrefcount(a))(*t))
lst = [1, 2, 3]
print('from a list:', g(*lst) is lst, Exception(*lst).args == t)
print('itemgetter(*t) keeps t:', operator.itemgetter(*t).__reduce__()[1] is t)


@functools.lru_cache(maxsize=None)
def cached(*a):
    return len(a)


print('lru_cache key is t:', cached(*t), sys.getrefcount(t))
print('{}-{}-{}'.format(*t), sys.getrefcount(t))
u = (t,)
print('sys.getrefcount(*u):', sys.getrefcount(*u))
print(slice(*t), max(*t), dict(*((('a', 1),),)), bytes(*((1, 2),)))
del e
print('after del e:', sys.getrefcount(t))
