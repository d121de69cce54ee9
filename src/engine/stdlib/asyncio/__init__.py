"""asyncio without I/O (heapscope stdlib): the event loop, tasks, futures, synchronization primitives,
queues, timeouts and task groups of CPython's asyncio, on a virtual clock (see base_events).

What the sandbox does not have (threads, subprocesses, sockets, streams) raises heapscope's error.
"""

import sys

from asyncio.base_events import *
from asyncio.coroutines import *
from asyncio.events import *
from asyncio.exceptions import *
from asyncio.futures import *
from asyncio.locks import *
from asyncio.queues import *
from asyncio.runners import *
from asyncio.tasks import *
from asyncio.streams import *
from asyncio.subprocess import *
from asyncio.threads import *
from asyncio import base_events, events

if sys.version_info >= (3, 11):
    from asyncio.taskgroups import *
    from asyncio.timeouts import *


class DefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """The policy whose loops are heapscope's (CPython's _UnixDefaultEventLoopPolicy)."""
    _loop_factory = base_events._UnixSelectorEventLoop


DefaultEventLoopPolicy.__module__ = 'asyncio.unix_events'
SelectorEventLoop = base_events._UnixSelectorEventLoop
