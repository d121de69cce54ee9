"""The loop binding of asyncio's synchronization primitives (heapscope stdlib; CPython's
Lib/asyncio/mixins.py)."""

import asyncio.events as events


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = events._get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


class _StateMember:
    # a member of CPython's _State enums (asyncio.runners, asyncio.timeouts), without importing enum
    __slots__ = ('name', 'value')

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return f'<_State.{self.name}: {self.value!r}>'
