"""asyncio.run and Runner (heapscope stdlib; CPython's Lib/asyncio/runners.py, without the SIGINT
handler: the sandbox has no signals)."""

__all__ = ('Runner', 'run')


import asyncio.coroutines as coroutines
import asyncio.events as events
import asyncio.tasks as tasks
from asyncio.mixins import _StateMember


class _State:
    CREATED = _StateMember('CREATED', 'created')
    INITIALIZED = _StateMember('INITIALIZED', 'initialized')
    CLOSED = _StateMember('CLOSED', 'closed')


class Runner:
    """A context manager that controls event loop life cycle (3.11+)."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = _State.CREATED
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._context = None
        self._interrupt_count = 0
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Shutdown and close event loop."""
        if self._state is not _State.INITIALIZED:
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = _State.CLOSED

    def get_loop(self):
        """Return embedded event loop."""
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Run a coroutine inside the embedded event loop."""
        if not coroutines.iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')

        if events._get_running_loop() is not None:
            # fail fast with short traceback
            raise RuntimeError('Runner.run() cannot be called from a running event loop')

        self._lazy_init()

        task = self._loop.create_task(coro, context=context)
        self._interrupt_count = 0
        return self._loop.run_until_complete(task)

    def _lazy_init(self):
        if self._state is _State.CLOSED:
            raise RuntimeError('Runner is closed')
        if self._state is _State.INITIALIZED:
            return
        if self._loop_factory is None:
            self._loop = events.new_event_loop()
            if not self._set_event_loop:
                # Call set_event_loop only once to avoid calling attach_loop multiple times on child
                # watchers
                events.set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = _State.INITIALIZED


def run(main, *, debug=None, loop_factory=None):
    """Execute the coroutine and return the result (a new event loop, closed at the end)."""
    if events._get_running_loop() is not None:
        # fail fast with short traceback
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')

    with Runner(debug=debug, loop_factory=loop_factory) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    to_cancel = tasks.all_tasks(loop)
    if not to_cancel:
        return

    for task in to_cancel:
        task.cancel()

    loop.run_until_complete(tasks.gather(*to_cancel, return_exceptions=True))

    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })
