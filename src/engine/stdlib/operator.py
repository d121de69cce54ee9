"""Operator interface: standard operators as functions (heapscope stdlib)."""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

_abs = abs


def _tname(o):
    return type(o).__name__


# Comparisons and logic
def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return True if a else False
def is_(a, b): return a is b
def is_not(a, b): return a is not b


# Arithmetic
def abs(a): return _abs(a)
def add(a, b): return a + b
def and_(a, b): return a & b
def floordiv(a, b): return a // b
def inv(a): return ~a
invert = inv
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return a ** b
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b): return a / b
def xor(a, b): return a ^ b


def index(a):
    try:
        meth = type(a).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % _tname(a)) from None
    res = meth(a)
    if not isinstance(res, int):
        raise TypeError("__index__ returned non-int (type %s)" % _tname(res))
    return res


def _is_sequence(a):
    return not isinstance(a, dict) and hasattr(type(a), '__getitem__')


# Sequences
def concat(a, b):
    if not _is_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % _tname(a))
    return a + b


def contains(a, b): return b in a


def _iter_search(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError("argument of type '%s' is not iterable" % _tname(a)) from None


def countOf(a, b):
    n = 0
    for x in _iter_search(a):
        if x is b or x == b:
            n += 1
    return n


def delitem(a, b): del a[b]
def getitem(a, b): return a[b]


def indexOf(a, b):
    i = 0
    for x in _iter_search(a):
        if x is b or x == b:
            return i
        i += 1
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c): a[b] = c


def length_hint(obj, default=0):
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % _tname(default))
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    val = hint(obj)
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError('__length_hint__ must be an integer, not %s' % _tname(val))
    if val < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return val


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


# Callables
class attrgetter:
    __slots__ = ('_attrs', '_call')

    def __init__(self, *names):
        if not names:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for n in names:
            if not isinstance(n, str):
                raise TypeError('attribute name must be a string')
        self._attrs = names
        chains = tuple(tuple(n.split('.')) for n in names)

        def fetch(obj, chain):
            for part in chain:
                obj = getattr(obj, part)
            return obj

        if len(chains) == 1:
            chain = chains[0]
            self._call = lambda obj: fetch(obj, chain)
        else:
            self._call = lambda obj: tuple(fetch(obj, c) for c in chains)

    def __call__(self, obj, /):
        return self._call(obj)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))

    def __reduce__(self):
        return self.__class__, self._attrs


class itemgetter:
    __slots__ = ('_items', '_call')

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items
        if len(items) == 1:
            item = items[0]
            self._call = lambda obj: obj[item]
        else:
            self._call = lambda obj: tuple(obj[i] for i in items)

    def __call__(self, obj, /):
        return self._call(obj)

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))

    def __reduce__(self):
        return self.__class__, self._items


class methodcaller:
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, the method name')
        name = args[0]
        args = args[1:]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend('%s=%r' % kv for kv in self._kwargs.items())
        return 'operator.methodcaller(%s)' % ', '.join(parts)

    def __reduce__(self):
        if not self._kwargs:
            return self.__class__, (self._name,) + self._args
        from _functools import partial
        return partial(self.__class__, self._name, **self._kwargs), self._args


# In-place operations
def iadd(a, b):
    a += b
    return a
def iand(a, b):
    a &= b
    return a
def iconcat(a, b):
    if not _is_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % _tname(a))
    a += b
    return a
def ifloordiv(a, b):
    a //= b
    return a
def ilshift(a, b):
    a <<= b
    return a
def imod(a, b):
    a %= b
    return a
def imul(a, b):
    a *= b
    return a
def imatmul(a, b):
    a @= b
    return a
def ior(a, b):
    a |= b
    return a
def ipow(a, b):
    a **= b
    return a
def irshift(a, b):
    a >>= b
    return a
def isub(a, b):
    a -= b
    return a
def itruediv(a, b):
    a /= b
    return a
def ixor(a, b):
    a ^= b
    return a


# Dunder aliases
for _n in __all__:
    if _n in ('attrgetter', 'itemgetter', 'methodcaller', 'length_hint',
              'countOf', 'indexOf', 'is_', 'is_not', 'truth'):
        continue
    globals()['__%s__' % _n.rstrip('_')] = globals()[_n]
__inv__ = inv
del _n
