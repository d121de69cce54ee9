"""The event loop (heapscope stdlib; CPython's Lib/asyncio/base_events.py without I/O).

heapscope's loop has no selector: nothing waits for files or sockets, and time is virtual. When no
callback is ready, the loop's clock jumps to the earliest timer (where CPython's select() would sleep
until it), so asyncio.sleep(1) takes no real time while loop.time() differences and the order of timers
are CPython's. Timers due at the same virtual instant run in the order they were scheduled, as they do in
CPython, whose clock has moved on between the two call_later calls.
"""

__all__ = 'BaseEventLoop',

import heapq
import sys
import time
from _collections import deque

import asyncio.coroutines as coroutines
import asyncio.events as events
import asyncio.futures as futures
import asyncio.tasks as tasks

# CPython removes cancelled timers from the heap when they are more than half of it and over 100
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

_SANDBOX_MSG = 'heapscope: asyncio has no {} in the sandbox (no threads, processes, files or network)'

# the virtual monotonic clock all loops share, as they share time.monotonic() in CPython
_clock = [None]


def _now():
    if _clock[0] is None:
        _clock[0] = time.monotonic()
    return _clock[0]


def _sandboxed(what):
    raise RuntimeError(_SANDBOX_MSG.format(what))


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # Issue #22429: run_forever() already finished, no need to stop it.
            return
    futures._get_loop(fut).stop()


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = deque()
        self._scheduled = []
        self._default_executor = None
        self._internal_fds = 0
        self._thread_id = None
        self._clock_resolution = 1e-09
        self._exception_handler = None
        self._debug = False
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._task_factory = None
        self._coroutine_origin_tracking_enabled = False
        self._coroutine_origin_tracking_saved_depth = None
        self._asyncgens = set()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        # heapscope: the order of timers due at the same instant (see the module docstring)
        self._timer_seq = 0

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def create_future(self):
        """Create a Future object attached to the loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule or begin executing a coroutine object."""
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            if name is not None:
                task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        """Shutdown all active asynchronous generators."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing_agens = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(*[ag.aclose() for ag in closing_agens], return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen
                })

    if sys.version_info >= (3, 12):
        async def shutdown_default_executor(self, timeout=None):
            """Schedule the shutdown of the default executor (heapscope has none)."""
            self._executor_shutdown_called = True
    else:
        async def shutdown_default_executor(self):
            """Schedule the shutdown of the default executor (heapscope has none)."""
            self._executor_shutdown_called = True

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        self._thread_id = 1
        events._set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)

    def run_until_complete(self, future):
        """Run until the Future is done and return its result (or raise its exception)."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            # An exception is raised if the future didn't complete, so there is no need to log the
            # "destroy pending task" message
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The coroutine raised a BaseException. Consume the exception to not log a warning,
                # the caller doesn't have access to the local task.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop running the event loop."""
        self._stopping = True

    def close(self):
        """Close the event loop: pending callbacks are dropped."""
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._thread_id is not None

    def time(self):
        """The loop's (virtual) monotonic clock."""
        return _now()

    def call_later(self, delay, callback, *args, context=None):
        """Arrange for a callback to be called at a given time."""
        if delay is None:
            raise TypeError('delay must not be None')
        timer = self.call_at(self.time() + delay, callback, *args, context=context)
        return timer

    def call_at(self, when, callback, *args, context=None):
        """Like call_later(), but uses an absolute time."""
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        self._timer_seq += 1
        heapq.heappush(self._scheduled, (when, self._timer_seq, timer))
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        """Arrange for a callback to be called as soon as possible (FIFO)."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon')
        return self._call_soon(callback, args, context)

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def _call_soon(self, callback, args, context):
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """Like call_soon(); heapscope has one thread."""
        self._check_closed()
        return self._call_soon(callback, args, context)

    def run_in_executor(self, executor, func, *args):
        _sandboxed('executor threads (run_in_executor)')

    def set_default_executor(self, executor):
        _sandboxed('executor threads (set_default_executor)')

    async def getaddrinfo(self, *args, **kwargs):
        _sandboxed('network (getaddrinfo)')

    async def getnameinfo(self, *args, **kwargs):
        _sandboxed('network (getnameinfo)')

    async def create_connection(self, *args, **kwargs):
        _sandboxed('network (create_connection)')

    async def create_server(self, *args, **kwargs):
        _sandboxed('network (create_server)')

    async def create_datagram_endpoint(self, *args, **kwargs):
        _sandboxed('network (create_datagram_endpoint)')

    async def create_unix_connection(self, *args, **kwargs):
        _sandboxed('network (create_unix_connection)')

    async def create_unix_server(self, *args, **kwargs):
        _sandboxed('network (create_unix_server)')

    async def subprocess_exec(self, *args, **kwargs):
        _sandboxed('processes (subprocess_exec)')

    async def subprocess_shell(self, *args, **kwargs):
        _sandboxed('processes (subprocess_shell)')

    async def connect_read_pipe(self, *args, **kwargs):
        _sandboxed('pipes (connect_read_pipe)')

    async def connect_write_pipe(self, *args, **kwargs):
        _sandboxed('pipes (connect_write_pipe)')

    async def sock_recv(self, *args, **kwargs):
        _sandboxed('network (sock_recv)')

    async def sock_sendall(self, *args, **kwargs):
        _sandboxed('network (sock_sendall)')

    async def sock_connect(self, *args, **kwargs):
        _sandboxed('network (sock_connect)')

    async def sock_accept(self, *args, **kwargs):
        _sandboxed('network (sock_accept)')

    def add_reader(self, *args, **kwargs):
        _sandboxed('file descriptors (add_reader)')

    def add_writer(self, *args, **kwargs):
        _sandboxed('file descriptors (add_writer)')

    def add_signal_handler(self, *args, **kwargs):
        _sandboxed('signals (add_signal_handler)')

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Print the context as CPython's 'asyncio' logger does (logging's last-resort handler)."""
        import traceback
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        exception = context.get('exception')
        log_lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            value = context[key]
            if key == 'source_traceback':
                tb = ''.join(traceback.format_list(value))
                value = 'Object created at (most recent call last):\n'
                value += tb.rstrip()
            else:
                value = repr(value)
            log_lines.append(f'{key}: {value}')
        text = '\n'.join(log_lines)
        if exception is not None:
            text += '\n' + ''.join(traceback.format_exception(
                type(exception), exception, exception.__traceback__)).rstrip('\n')
        sys.stderr.write(text + '\n')

    def call_exception_handler(self, context):
        """Call the current event loop's exception handler."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                sys.stderr.write('Exception in default exception handler\n')
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    sys.stderr.write('Exception in default exception handler\n')

    def _timer_handle_cancelled(self, handle):
        """Notification that a TimerHandle has been cancelled."""
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        """One iteration of the loop: due timers join the ready queue, then the ready callbacks run."""
        sched_count = len(self._scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            new_scheduled = []
            for entry in self._scheduled:
                if entry[2]._cancelled:
                    entry[2]._scheduled = False
                else:
                    new_scheduled.append(entry)
            heapq.heapify(new_scheduled)
            self._scheduled = new_scheduled
            self._timer_cancelled_count = 0
        else:
            while self._scheduled and self._scheduled[0][2]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(self._scheduled)[2]
                handle._scheduled = False

        if not self._ready and not self._stopping:
            if self._scheduled:
                # where select() would sleep until the first timer
                when = self._scheduled[0][0]
                if when > _clock[0]:
                    _clock[0] = when
            else:
                raise RuntimeError('heapscope: the event loop has nothing left to run and would wait '
                                   'forever (the sandbox has no I/O to wait for)')

        end_time = self.time() + self._clock_resolution
        while self._scheduled:
            handle = self._scheduled[0][2]
            if handle._when >= end_time:
                break
            heapq.heappop(self._scheduled)
            handle._scheduled = False
            self._ready.append(handle)

        ntodo = len(self._ready)
        for i in range(ntodo):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            self._current_handle = handle
            try:
                handle._run()
            finally:
                self._current_handle = None
        handle = None  # Needed to break cycles when an exception occurs.

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled


class _UnixSelectorEventLoop(BaseEventLoop):
    """The loop asyncio.new_event_loop() makes (CPython's selector loop, here without a selector)."""


_UnixSelectorEventLoop.__module__ = 'asyncio.unix_events'
