"""Event loop handles, the policy and the running-loop functions (heapscope stdlib; CPython's
Lib/asyncio/events.py with the C accelerators of _asyncio: get_event_loop, get_running_loop)."""

__all__ = (
    'AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer', 'Handle', 'TimerHandle',
    'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop', 'set_event_loop',
    'new_event_loop', '_set_running_loop', 'get_running_loop', '_get_running_loop',
)

import sys

import asyncio.format_helpers as format_helpers


class Handle:
    """Object returned by callback registration methods."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_source_traceback', '_repr', '__weakref__',
                 '_context')

    def __init__(self, callback, args, loop, context=None):
        self._context = context
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        self._source_traceback = None

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(format_helpers._format_callback_source(self._callback, self._args,
                                                                 debug=self._loop.get_debug()))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        info = self._repr_info()
        return '<{}>'.format(' '.join(info))

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            if self._loop.get_debug():
                self._repr = repr(self)
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = format_helpers._format_callback_source(self._callback, self._args,
                                                        debug=self._loop.get_debug())
            msg = f'Exception in callback {cb}'
            context = {'message': msg, 'exception': exc, 'handle': self}
            self._loop.call_exception_handler(context)
        self = None  # Needed to break cycles when an exception occurs.


class TimerHandle(Handle):
    """Object returned by timed callback registration methods."""

    __slots__ = ['_scheduled', '_when']

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and
                    self._callback == other._callback and
                    self._args == other._args and
                    self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


class AbstractServer:
    """Abstract server returned by create_server()."""


class AbstractEventLoop:
    """Abstract event loop."""


class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""


class _Local:
    _loop = None
    _set_called = False


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    _loop_factory = None

    def __init__(self):
        self._local = _Local()

    def get_event_loop(self):
        if (self._local._loop is None and not self._local._set_called
                and sys.version_info >= (3, 12)):
            # the warning points at the first caller outside asyncio
            stacklevel = 2
            f = sys._getframe(1)
            while f:
                module = f.f_globals.get('__name__')
                if not (module == 'asyncio' or module.startswith('asyncio.')):
                    break
                f = f.f_back
                stacklevel += 1
            import warnings
            warnings.warn('There is no current event loop', DeprecationWarning, stacklevel=stacklevel)
        if self._local._loop is None and not self._local._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._local._loop is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return self._local._loop

    def set_event_loop(self, loop):
        self._local._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not "
                            f"'{type(loop).__name__}'")
        self._local._loop = loop

    def new_event_loop(self):
        return self._loop_factory()


_event_loop_policy = None
_running_loop = None


def get_running_loop():
    """Return the running event loop.  Raise a RuntimeError if there is none."""
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_running_loop():
    """Return the running event loop or None."""
    return _running_loop


def _set_running_loop(loop):
    """Set the running event loop."""
    global _running_loop
    _running_loop = loop


def _init_event_loop_policy():
    global _event_loop_policy
    from asyncio import DefaultEventLoopPolicy
    _event_loop_policy = DefaultEventLoopPolicy()


def get_event_loop_policy():
    """Get the current event loop policy."""
    if _event_loop_policy is None:
        _init_event_loop_policy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Set the current event loop policy (None: the default)."""
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not "
                        f"'{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    """Return the running loop, else the policy's current loop."""
    current_loop = _running_loop
    if current_loop is not None:
        return current_loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    """Equivalent to calling get_event_loop_policy().set_event_loop(loop)."""
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """Equivalent to calling get_event_loop_policy().new_event_loop()."""
    return get_event_loop_policy().new_event_loop()
