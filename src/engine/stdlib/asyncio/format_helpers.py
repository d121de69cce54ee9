"""How asyncio shows callbacks in reprs and error messages (heapscope stdlib; CPython's
Lib/asyncio/format_helpers.py)."""

import sys
from _functools import partial

_HIDE_ARGS = sys.version_info >= (3, 13)


def _get_function_source(func):
    while hasattr(func, '__wrapped__'):  # inspect.unwrap
        func = func.__wrapped__
    if type(func) is _FunctionType:
        code = func.__code__
        return (code.co_filename, code.co_firstlineno)
    if isinstance(func, partial):
        return _get_function_source(func.func)
    return None


def _format_callback_source(func, args, *, debug=False):
    func_repr = _format_callback(func, args, None, debug=debug)
    source = _get_function_source(func)
    if source:
        func_repr += f' at {source[0]}:{source[1]}'
    return func_repr


def _format_args_and_kwargs(args, kwargs, *, debug=False):
    # 3.13 shows the arguments only in debug mode; reprlib.repr keeps long arguments short
    if not debug and _HIDE_ARGS:
        return '()'
    import reprlib
    items = []
    if args:
        items.extend(reprlib.repr(arg) for arg in args)
    if kwargs:
        items.extend(f'{k}={reprlib.repr(v)}' for k, v in kwargs.items())
    return '({})'.format(', '.join(items))


def _format_callback(func, args, kwargs, *, debug=False, suffix=''):
    if isinstance(func, partial):
        suffix = _format_args_and_kwargs(args, kwargs, debug=debug) + suffix
        return _format_callback(func.func, func.args, func.keywords, debug=debug, suffix=suffix)
    if hasattr(func, '__qualname__') and func.__qualname__:
        func_repr = func.__qualname__
    elif hasattr(func, '__name__') and func.__name__:
        func_repr = func.__name__
    else:
        func_repr = repr(func)
    func_repr += _format_args_and_kwargs(args, kwargs, debug=debug)
    if suffix:
        func_repr += suffix
    return func_repr


_FunctionType = type(_format_callback)
