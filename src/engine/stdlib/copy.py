"""Generic (shallow and deep) copying operations (heapscope stdlib).

    x = copy.copy(y)        # make a shallow copy of y
    x = copy.deepcopy(y)    # make a deep copy of y

Objects are copied the way CPython's copy module does through the pickle
protocol: a class's own __copy__/__deepcopy__/__reduce_ex__/__reduce__ win;
otherwise the object is recreated with cls.__new__(cls, *__getnewargs__())
and given a copy of its state (__getstate__ or its __dict__ and slots), list
items and dict items.
"""

import sys

__all__ = ["Error", "copy", "deepcopy"]
if sys.version_info >= (3, 13):
    __all__.append("replace")


class Error(Exception):
    pass


error = Error   # backward compatibility


def _f(): pass
_FunctionType = type(_f)
_CodeType = type(getattr(_f, '__code__', None))
del _f


class _C:
    def _m(self): pass
_MethodType = type(_C()._m)
del _C

from _weakref import ref as _weakref_ref

_atomic = {type(None), int, float, bool, complex, bytes, str, _CodeType, type,
           range, type(Ellipsis), type(NotImplemented), _FunctionType,
           _weakref_ref, property, type(len)}

_object_reduce_ex = getattr(object, '__reduce_ex__', None)
_object_reduce = getattr(object, '__reduce__', None)
_object_getstate = getattr(object, '__getstate__', None)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic or cls in (tuple, frozenset, slice):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    d = id(x)
    if memo is None:
        memo = {}
    else:
        y = memo.get(d, _nil)
        if y is not _nil:
            return y
    cls = type(x)
    if cls in _atomic:
        return x
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for a in x:
        y.append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A tuple inside a recursive structure may have been copied meanwhile.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


def _deepcopy_set(x, memo):
    items = deepcopy(list(x), memo)
    return type(x)(items)


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


_deepcopy_dispatch = {
    list: _deepcopy_list,
    tuple: _deepcopy_tuple,
    dict: _deepcopy_dict,
    _MethodType: _deepcopy_method,
    set: _deepcopy_set,
    frozenset: _deepcopy_set,
    bytearray: _deepcopy_bytearray,
}

try:
    from _collections import deque as _deque, defaultdict as _defaultdict
except ImportError:
    pass
else:
    def _deepcopy_deque(x, memo):
        y = _deque((), x.maxlen)
        memo[id(x)] = y
        for item in x:
            y.append(deepcopy(item, memo))
        return y

    def _deepcopy_defaultdict(x, memo):
        y = _defaultdict(deepcopy(x.default_factory, memo))
        memo[id(x)] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
        return y

    _deepcopy_dispatch[_deque] = _deepcopy_deque
    _deepcopy_dispatch[_defaultdict] = _deepcopy_defaultdict


def _keep_alive(x, memo):
    """Keep a reference to x in the memo so that its id() is not reused
    while the copy is in progress."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# ---------------------------------------------------------------------------
# The pickle protocol, as far as copying needs it

def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _default_state(x):
    state = getattr(x, '__dict__', None) or None
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _reduce(x):
    """Return x's reduce tuple (or a string for objects copied by reference)."""
    cls = type(x)
    meth = getattr(cls, '__reduce_ex__', None)
    if meth is not None and meth is not _object_reduce_ex:
        return x.__reduce_ex__(4)
    meth = getattr(cls, '__reduce__', None)
    if meth is not None and meth is not _object_reduce:
        return x.__reduce__()
    if hasattr(x, '__getnewargs_ex__'):
        args, kwargs = x.__getnewargs_ex__()
        func, args = _newobj_ex, (cls, args, kwargs)
    else:
        args = x.__getnewargs__() if hasattr(x, '__getnewargs__') else ()
        func, args = _newobj, (cls,) + tuple(args)
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not _object_getstate:
        state = x.__getstate__()
    else:
        state = _default_state(x)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return func, args, state, listitems, dictitems


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


if sys.version_info >= (3, 13):
    def replace(obj, /, **changes):
        """Return a new object replacing specified fields with new values.

        This is especially useful for immutable objects, like named tuples or
        frozen dataclasses.
        """
        cls = obj.__class__
        func = getattr(cls, '__replace__', None)
        if func is None:
            raise TypeError(f"replace() does not support {cls.__name__} objects")
        return func(obj, **changes)
