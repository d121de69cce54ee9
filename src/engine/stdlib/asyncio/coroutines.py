"""iscoroutine / iscoroutinefunction (heapscope stdlib; CPython's Lib/asyncio/coroutines.py)."""

__all__ = 'iscoroutinefunction', 'iscoroutine'

from _functools import partial as _partial


def iscoroutinefunction(func):
    """Return True if func is a decorated coroutine function."""
    return (_has_coroutine_flag(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


def _has_coroutine_flag(f):
    # inspect.iscoroutinefunction without importing inspect: methods and partials are unwrapped
    while True:
        if hasattr(f, '__func__'):
            f = f.__func__
        elif isinstance(f, _partial):
            f = f.func
        else:
            break
    code = getattr(f, '__code__', None)
    return type(code) is _CodeType and bool(code.co_flags & 0x80)


_is_coroutine = object()
_CodeType = type(_has_coroutine_flag.__code__)


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    return type(obj) is _CoroutineType or (type(obj) is not _GeneratorType and _is_coro_like(obj))


async def _coro():
    pass


def _gen():
    yield


_c = _coro()
_CoroutineType = type(_c)
_c.close()
_GeneratorType = type(_gen())
del _c, _coro, _gen


def _is_coro_like(obj):
    # collections.abc.Coroutine: send, throw, close and __await__
    tp = type(obj)
    return all(hasattr(tp, n) for n in ('send', 'throw', 'close', '__await__'))


def _format_coroutine(coro):
    # the coroutine part of a Task's repr: "name() running at file:line" / "name() done, defined at ..."
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) or type(coro).__name__
    name = f'{name}()'
    code = getattr(coro, 'cr_code', None)
    if code is None:
        return name
    frame = coro.cr_frame
    if frame is not None:
        return f'{name} running at {code.co_filename}:{frame.f_lineno}'
    return f'{name} done, defined at {code.co_filename}:{code.co_firstlineno}'
