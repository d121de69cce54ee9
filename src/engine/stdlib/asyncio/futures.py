"""Future (heapscope stdlib; CPython's C _asyncio.Future, Modules/_asynciomodule.c).

CPython's Future is a C type of _asyncio. Here it is a Python class with the same behaviour whose
__slots__ give the C struct's size (FutureObj: sys.getsizeof 144 on 3.11/3.12, 136 on 3.13), a GC-tracked
object as in CPython.
"""

__all__ = ('Future', 'wrap_future', 'isfuture')

import sys

import asyncio.events as events
import asyncio.exceptions as exceptions
import asyncio.format_helpers as format_helpers

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

# FutureObj's fields beyond the ones this class uses (fut_callback0, fut_context0, ...): the struct
# shrank in 3.12 (its weakref list went to the managed pre-header) and 3.13 (bit fields). 3.13's TaskObj
# is smaller still: one of the Task's own fields lives in the Future's last slot there.
if sys.version_info >= (3, 13):
    _FUTURE_PAD = ('_log_destroy_pending',)
    _TASK_SLOTS = ()
else:
    _FUTURE_PAD = ('_callback0', '_context0', '_fut_dict')[:3 if sys.version_info < (3, 12) else 2]
    _TASK_SLOTS = ('_log_destroy_pending',)


def isfuture(obj):
    """Check for a Future (an object with _asyncio_future_blocking, as asyncio's own check)."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _format_callbacks(cb):
    size = len(cb)
    if not size:
        cb = ''

    def format_cb(callback):
        return format_helpers._format_callback_source(callback, ())

    if size == 1:
        cb = format_cb(cb[0])
    elif size == 2:
        cb = '{}, {}'.format(format_cb(cb[0]), format_cb(cb[1]))
    elif size > 2:
        cb = '{}, <{} more>, {}'.format(format_cb(cb[0]), size - 2, format_cb(cb[-1]))
    return f'cb=[{cb}]'


def _future_repr_info(future):
    info = [future._state.lower()]
    if future._state == _FINISHED:
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            import reprlib
            info.append(f'result={reprlib.repr(future._result)}')
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    return info


class Future:
    """A result that will be available later (CPython's _asyncio.Future)."""

    __slots__ = ('_loop', '_callbacks', '_result', '_exception', '_exception_tb', '_cancel_message',
                 '_cancelled_exc', '_state', '_log_traceback', '_asyncio_future_blocking',
                 '__weakref__') + _FUTURE_PAD

    _source_traceback = None

    def __init__(self, *, loop=None):
        if loop is None:
            loop = events.get_event_loop()
        self._loop = loop
        # as the C Future, no list until a callback is added (None reads as no callbacks)
        self._callbacks = None
        self._result = None
        self._exception = None
        self._exception_tb = None
        self._cancel_message = None
        self._cancelled_exc = None
        self._state = _PENDING
        self._log_traceback = False
        self._asyncio_future_blocking = False

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(self._repr_info()))

    def _repr_info(self):
        return _future_repr_info(self)

    def __del__(self):
        if not self._log_traceback:
            return
        exc = self._exception
        context = {
            'message': f'{self.__class__.__name__} exception was never retrieved',
            'exception': exc,
            'future': self,
        }
        self._loop.call_exception_handler(context)

    __class_getitem__ = classmethod(type(list[int]))

    def get_loop(self):
        """Return the event loop the Future is bound to."""
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            exc = exceptions.CancelledError()
        else:
            exc = exceptions.CancelledError(self._cancel_message)
        return exc

    def cancel(self, msg=None):
        """Cancel the future and schedule callbacks."""
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = None
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancelled(self):
        """Return True if the future was cancelled."""
        return self._state == _CANCELLED

    def done(self):
        """Return True if the future is done."""
        return self._state != _PENDING

    def result(self):
        """Return the result this future represents."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        """Return the exception that was set on this future."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Add a callback to be run when the future becomes done."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        elif self._callbacks is None:
            self._callbacks = [fn]
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        """Remove all instances of a callback from the "call when done" list."""
        if not self._callbacks:
            return 0
        filtered_callbacks = [f for f in self._callbacks if f != fn]
        removed_count = len(self._callbacks) - len(filtered_callbacks)
        if removed_count:
            self._callbacks = filtered_callbacks or None
        return removed_count

    def set_result(self, result):
        """Mark the future done and set its result."""
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        """Mark the future done and set an exception."""
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot be raised '
                            'into a Future')
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self.__schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self  # This tells Task to wait for completion.
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()  # May raise too.

    __iter__ = __await__  # make compatible with 'yield from'.


Future.__module__ = '_asyncio'


def _get_loop(fut):
    # Tries to call Future.get_loop() if it's available.
    try:
        get_loop = fut.get_loop
    except AttributeError:
        pass
    else:
        return get_loop()
    return fut._loop


def _set_result_unless_cancelled(fut, result):
    """Helper setting the result only if the future was not cancelled."""
    if fut.cancelled():
        return
    fut.set_result(result)


def wrap_future(future, *, loop=None):
    raise RuntimeError('heapscope: asyncio has no concurrent.futures in the sandbox (no threads)')
