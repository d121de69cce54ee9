"""Task and the functions over tasks (heapscope stdlib; CPython's C _asyncio.Task and
Lib/asyncio/tasks.py).

Task is a Python class here with CPython's C Task's behaviour: its first step is scheduled with call_soon
when it is made, the loop's ready queue holds that step (a bound method: one reference to the task), the
task holds its coroutine, and all_tasks() reads a WeakSet of the tasks.
"""

__all__ = (
    'Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait', 'wait_for',
    'as_completed', 'sleep', 'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
    'current_task', 'all_tasks', '_register_task', '_unregister_task', '_enter_task', '_leave_task',
)

import math
import sys
from _functools import partial
from _weakrefset import WeakSet

import asyncio.coroutines as coroutines
import asyncio.events as events
import asyncio.exceptions as exceptions
import asyncio.futures as futures

# the module-wide counter behind the default names "Task-N"
_task_name_counter = 0
_COUNT_NAMED = sys.version_info < (3, 13)


def current_task(loop=None):
    """Return a currently executed task."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """Return a set of all tasks for the loop."""
    if loop is None:
        loop = events.get_running_loop()
    # WeakSet iteration can fail while the GC changes it (CPython retries); heapscope has one thread
    tasks = list(_all_tasks)
    return {t for t in tasks if futures._get_loop(t) is loop and not t.done()}


class Task(futures.Future):
    """A coroutine wrapped in a Future (CPython's _asyncio.Task)."""

    __slots__ = ('_coro', '_fut_waiter', '_name', '_must_cancel', '_num_cancels_requested') + futures._TASK_SLOTS

    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        global _task_name_counter
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            # raise after Future.__init__(), attrs are required for __del__
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        # a task takes a number even when it is named (3.11/3.12); 3.13 counts only the unnamed ones
        if name is None or _COUNT_NAMED:
            _task_name_counter += 1
        if name is None:
            self._name = f'Task-{_task_name_counter}'
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._log_destroy_pending = True
        self._loop.call_soon(self.__step)
        _register_task(self)

    def __del__(self):
        if self._state == futures._PENDING and self._log_destroy_pending:
            context = {
                'task': self,
                'message': 'Task was destroyed but it is pending!',
            }
            self._loop.call_exception_handler(context)
        super().__del__()

    def _repr_info(self):
        info = futures._future_repr_info(self)
        if self._must_cancel:
            # replace status
            info[0] = 'cancelling'
        info.insert(1, 'name=%r' % self.get_name())
        info.insert(2, f'coro=<{coroutines._format_coroutine(self._coro)}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return None

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        """Return the list of stack frames for this task's coroutine."""
        frames = []
        f = getattr(self._coro, 'gi_frame', None)
        if f is not None:
            frames.append(f)
        return frames

    def cancel(self, msg=None):
        """Request that this task cancel itself (CancelledError at its next await)."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # Leave self._fut_waiter; it may be a Task that catches and ignores the cancellation
                # so we may have to cancel it again later.
                return True
        # It must be the case that self.__step is already scheduled.
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        """Return the count of the task's cancellation requests."""
        return self._num_cancels_requested

    def uncancel(self):
        """Decrement the task's count of cancellation requests."""
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
            if self._num_cancels_requested == 0 and sys.version_info >= (3, 13):
                self._must_cancel = False
        return self._num_cancels_requested

    def __step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None

        _enter_task(self._loop, self)
        try:
            self.__step_run_and_handle_result(exc)
        finally:
            _leave_task(self._loop, self)
            self = None  # Needed to break cycles when an exception occurs.

    def __step_run_and_handle_result(self, exc):
        coro = self._coro
        try:
            if exc is None:
                # We use the `send` method directly, because coroutines don't have `__iter__` and
                # `__next__` methods.
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as exc:
            if self._must_cancel:
                # Task is cancelled right before coro stops.
                self._must_cancel = False
                futures.Future.cancel(self, msg=self._cancel_message)
            else:
                futures.Future.set_result(self, exc.value)
        except exceptions.CancelledError as exc:
            _drop_step_frame(exc)
            # Save the original exception so we can chain it later.
            self._cancelled_exc = exc
            futures.Future.cancel(self)  # I.e., Future.cancel(self).
        except (KeyboardInterrupt, SystemExit) as exc:
            futures.Future.set_exception(self, exc)
            raise
        except BaseException as exc:
            _drop_step_frame(exc)
            futures.Future.set_exception(self, exc)
        else:
            blocking = getattr(result, '_asyncio_future_blocking', None)
            if blocking is not None:
                # Yielded Future must come from Future.__iter__().
                if futures._get_loop(result) is not self._loop:
                    new_exc = RuntimeError(f'Task {self!r} got Future {result!r} attached to a '
                                           f'different loop')
                    self._loop.call_soon(self.__step, new_exc)
                elif blocking:
                    if result is self:
                        new_exc = RuntimeError(f'Task cannot await on itself: {self!r}')
                        self._loop.call_soon(self.__step, new_exc)
                    else:
                        result._asyncio_future_blocking = False
                        result.add_done_callback(self.__wakeup)
                        self._fut_waiter = result
                        if self._must_cancel:
                            if self._fut_waiter.cancel(msg=self._cancel_message):
                                self._must_cancel = False
                else:
                    new_exc = RuntimeError(f'yield was used instead of yield from in task {self!r} '
                                           f'with {result!r}')
                    self._loop.call_soon(self.__step, new_exc)

            elif result is None:
                # Bare yield relinquishes control for one event loop iteration.
                self._loop.call_soon(self.__step)
            elif type(result) is coroutines._GeneratorType:
                # Yielding a generator is just wrong.
                new_exc = RuntimeError(f'yield was used instead of yield from for generator in task '
                                       f'{self!r} with {result!r}')
                self._loop.call_soon(self.__step, new_exc)
            else:
                # Yielding something else is an error.
                new_exc = RuntimeError(f'Task got bad yield: {result!r}')
                self._loop.call_soon(self.__step, new_exc)
        finally:
            self = None  # Needed to break cycles when an exception occurs.

    def __wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            # This may also be a cancellation.
            self.__step(exc)
        else:
            self.__step()
        self = None  # Needed to break cycles when an exception occurs.


Task.__module__ = '_asyncio'


def _drop_step_frame(exc):
    # CPython's task step is C code: the traceback an exception keeps starts in the coroutine
    tb = exc.__traceback__
    if tb is not None and tb.tb_frame.f_code is _STEP_CODE:
        exc.__traceback__ = tb.tb_next
# the C task's wake-up callback shows as "Task.task_wakeup()" in a future's repr
Task._Task__wakeup.__qualname__ = 'Task.task_wakeup'
Task._Task__step.__qualname__ = 'Task.task_step'
_STEP_CODE = Task._Task__step_run_and_handle_result.__code__


def create_task(coro, *, name=None, context=None):
    """Schedule the execution of a coroutine object in a spawn task."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro, name=name)
    else:
        task = loop.create_task(coro, name=name, context=context)
    return task


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the Futures or Tasks given by fs to complete: returns (done, pending)."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):
    """Wait for the single Future or coroutine to complete, with timeout (TimeoutError)."""
    import asyncio.timeouts as timeouts
    if timeout is not None and timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise TimeoutError from exc
    async with timeouts.timeout(timeout):
        return await fut


async def _wait(fs, timeout, return_when, loop):
    """Internal helper for wait(): fs must not be empty."""
    assert fs, 'Set of Futures is empty.'
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
                return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)

    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut):
    """Cancel the *fut* future or task and wait until it completes."""
    loop = events.get_running_loop()
    waiter = loop.create_future()
    cb = partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


def as_completed(fs, *, timeout=None):
    """Iterator over coroutines that return the given futures' results in completion order."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from asyncio.queues import Queue  # Import here to avoid circular import problem.
    done = Queue()
    loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)  # Queue a dummy value for _wait_for_one().
        todo.clear()  # Can't do todo.remove(f) in the loop.

    def _on_completion(f):
        if not todo:
            return  # _on_timeout() was here first.
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            # Dummy value from _on_timeout().
            raise exceptions.TimeoutError
        return f.result()  # May raise f.exception().

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


class _Sleep0:
    # a bare yield to the loop: the task's next step is scheduled with call_soon
    __slots__ = ()

    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Coroutine that completes after a given time (in seconds)."""
    if delay <= 0:
        await _Sleep0()
        return result
    if sys.version_info >= (3, 13) and math.isnan(delay):
        raise ValueError('Invalid delay: NaN (not a number)')
    loop = events.get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


def ensure_future(coro_or_future, *, loop=None):
    """Wrap a coroutine or an awaitable in a future."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than the one specified as the '
                             'loop argument')
        return coro_or_future
    should_close = True
    if not coroutines.iscoroutine(coro_or_future):
        if hasattr(type(coro_or_future), '__await__'):
            async def _wrap_awaitable(awaitable):
                return await awaitable

            coro_or_future = _wrap_awaitable(coro_or_future)
            should_close = False
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if should_close:
            coro_or_future.close()
        raise


class _GatheringFuture(futures.Future):
    """The outer future of gather(): cancelling it cancels the children."""

    __slots__ = ('_children', '_cancel_requested')

    def __init__(self, children, *, loop):
        assert loop is not None
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            # If any child tasks were actually cancelled, we should propagate the cancellation request
            # regardless of *return_exceptions* argument.
            self._cancel_requested = True
        return ret


_GatheringFuture.__module__ = 'asyncio.tasks'


def gather(*coros_or_futures, return_exceptions=False):
    """Return a future aggregating results from the given coroutines/futures (in their order)."""
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1

        if outer is None or outer.done():
            if not fut.cancelled():
                # Mark exception retrieved.
                fut.exception()
            return

        if not return_exceptions:
            if fut.cancelled():
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
                return
            else:
                exc = fut.exception()
                if exc is not None:
                    outer.set_exception(exc)
                    return

        if nfinished == nfuts:
            results = []
            for fut in children:
                if fut.cancelled():
                    res = fut._make_cancelled_error()
                else:
                    res = fut.exception()
                    if res is None:
                        res = fut.result()
                results.append(res)

            if outer._cancel_requested:
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    done_futs = []
    loop = None
    outer = None  # bpo-46672
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                # 'arg' was not a Future, therefore, 'fut' is a new Future created specifically for
                # 'arg'.  Since the caller can't control it, disable the "destroy pending task" warning.
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            if fut.done() and _GATHER_DONE_NOW:
                done_futs.append(fut)
            else:
                fut.add_done_callback(_done_callback)
        else:
            # There's a duplicate Future object in coros_or_futures.
            fut = arg_to_fut[arg]
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    # Run done callbacks after GatheringFuture created so any post-processing can be performed at
    # this point (3.12+)
    for fut in done_futs:
        _done_callback(fut)
    return outer


_GATHER_DONE_NOW = sys.version_info >= (3, 12)


def shield(arg):
    """Wait for a future, shielding it from cancellation."""
    inner = ensure_future(arg)
    if inner.done():
        # Shortcut.
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()
    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                # Mark inner's result as retrieved.
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def run_coroutine_threadsafe(coro, loop):
    raise RuntimeError('heapscope: asyncio has no threads in the sandbox (run_coroutine_threadsafe)')


# WeakSet containing all alive tasks (3.11/3.12; 3.13 keeps the C tasks in a linked list, the same
# observable set)
_all_tasks = WeakSet()

# Dictionary containing tasks that are currently active in all running event loops.  {EventLoop: Task}
_current_tasks = {}


def _register_task(task):
    """Register an asyncio Task scheduled to run on an event loop."""
    _all_tasks.add(task)


def _enter_task(loop, task):
    current_task = _current_tasks.get(loop)
    if current_task is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another task {current_task!r} '
                           f'is being executed.')
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current_task = _current_tasks.get(loop)
    if current_task is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match the current task {current_task!r}.')
    del _current_tasks[loop]


def _unregister_task(task):
    """Unregister a completed, scheduled Task."""
    _all_tasks.discard(task)
