"""asyncio.timeout / timeout_at (3.11+; heapscope stdlib; CPython's Lib/asyncio/timeouts.py)."""

import sys

import asyncio.events as events
import asyncio.exceptions as exceptions
import asyncio.tasks as tasks
from asyncio.mixins import _StateMember

__all__ = ('Timeout', 'timeout', 'timeout_at')


class _State:
    CREATED = _StateMember('CREATED', 'created')
    ENTERED = _StateMember('ENTERED', 'active')
    EXPIRING = _StateMember('EXPIRING', 'expiring')
    EXPIRED = _StateMember('EXPIRED', 'expired')
    EXITED = _StateMember('EXITED', 'finished')


class Timeout:
    """Asynchronous context manager cancelling its task at a deadline (TimeoutError)."""

    def __init__(self, when):
        self._state = _State.CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        """Return the current deadline."""
        return self._when

    def reschedule(self, when):
        """Reschedule the timeout."""
        if self._state is not _State.ENTERED:
            if self._state is _State.CREATED:
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError(f'Cannot change state of {self._state.value} Timeout')
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        """Is timeout expired during execution?"""
        return self._state in (_State.EXPIRING, _State.EXPIRED)

    def __repr__(self):
        info = ['']
        if self._state is _State.ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append(f'when={when}')
        info_str = ' '.join(info)
        return f'<Timeout [{self._state.value}]{info_str}>'

    async def __aenter__(self):
        if self._state is not _State.CREATED:
            raise RuntimeError('Timeout has already been entered')
        task = tasks.current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state = _State.ENTERED
        self._task = task
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state in (_State.ENTERED, _State.EXPIRING)
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _State.EXPIRING:
            self._state = _State.EXPIRED
            if self._task.uncancel() <= self._cancelling and exc_type is not None:
                # Since there are no new cancel requests, we're handling this.
                if issubclass(exc_type, exceptions.CancelledError):
                    raise TimeoutError from exc_val
                elif exc_val is not None and sys.version_info >= (3, 13):
                    _insert_cancelled_error_as_context(exc_val)
        elif self._state is _State.ENTERED:
            self._state = _State.EXITED
        return None

    def _on_timeout(self):
        assert self._state is _State.ENTERED
        self._task.cancel()
        self._state = _State.EXPIRING
        # drop the reference early
        self._timeout_handler = None


def _insert_cancelled_error_as_context(exc_val):
    # 3.13: a TimeoutError-less exit still shows that the block was cancelled
    while exc_val.__context__ is not None:
        if isinstance(exc_val.__context__, exceptions.CancelledError):
            te = TimeoutError()
            te.__context__ = te.__cause__ = exc_val.__context__
            exc_val.__context__ = te
            break
        exc_val = exc_val.__context__


def timeout(delay):
    """Timeout async context manager: the block is cancelled after delay seconds (None: never)."""
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """Schedule the timeout at absolute time (loop.time() clock)."""
    return Timeout(when)
