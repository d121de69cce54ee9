"""A multi-producer, multi-consumer queue (heapscope stdlib).

heapscope runs one thread: there is no other thread to put or take an item, so an
operation that would wait forever in CPython (get() on an empty queue, put() on a full
one, join() with unfinished tasks, all without a timeout) raises RuntimeError with a
heapscope message instead of hanging; with a timeout it waits that long on the
simulated clock (time.sleep) and raises Empty / Full as CPython does.

Queue, LifoQueue and PriorityQueue keep their items where CPython's do (a deque, a
list, a heap list: `q.queue`) and have CPython's attributes, except the threading
locks and conditions. SimpleQueue stands for CPython's C type _queue.SimpleQueue: the
same sys.getsizeof and GC tracking, items in a list compacted as 3.12's is (3.13's ring
buffer is not modelled).
"""

import sys
import time as _time
from collections import deque
from heapq import heappush, heappop

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']
if sys.version_info >= (3, 13):
    __all__.append('ShutDown')


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


Empty.__module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


if sys.version_info >= (3, 13):
    class ShutDown(Exception):
        '''Raised when put/get with shut-down queue.'''


def _wait_forever(what):
    raise RuntimeError(f"heapscope: {what} would wait forever "
                       "(the sandbox runs one thread: no other thread can change the queue)")


def _wait(timeout):
    """Wait `timeout` seconds on the simulated clock (nothing can change the queue meanwhile)."""
    _time.sleep(timeout)


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0
        if sys.version_info >= (3, 13):
            self.is_shutdown = False

    def task_done(self):
        '''Indicate that a formerly enqueued task is complete.'''
        unfinished = self.unfinished_tasks - 1
        if unfinished <= 0:
            if unfinished < 0:
                raise ValueError('task_done() called too many times')
        self.unfinished_tasks = unfinished

    def join(self):
        '''Blocks until all items in the Queue have been gotten and processed.'''
        if self.unfinished_tasks:
            _wait_forever('Queue.join() with unfinished tasks')

    def qsize(self):
        '''Return the approximate size of the queue.'''
        return self._qsize()

    def empty(self):
        '''Return True if the queue is empty, False otherwise.'''
        return not self._qsize()

    def full(self):
        '''Return True if the queue is full, False otherwise.'''
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        '''Put an item into the queue.'''
        if getattr(self, 'is_shutdown', False):
            raise ShutDown
        if self.maxsize > 0:
            if not block:
                if self._qsize() >= self.maxsize:
                    raise Full
            elif timeout is None:
                if self._qsize() >= self.maxsize:
                    _wait_forever('Queue.put() on a full queue')
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            elif self._qsize() >= self.maxsize:
                _wait(timeout)
                raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.'''
        if getattr(self, 'is_shutdown', False) and not self._qsize():
            raise ShutDown
        if not block:
            if not self._qsize():
                raise Empty
        elif timeout is None:
            if not self._qsize():
                _wait_forever('Queue.get() on an empty queue')
        elif timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        elif not self._qsize():
            _wait(timeout)
            raise Empty
        return self._get()

    def put_nowait(self, item):
        '''Put an item into the queue without blocking.'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item from the queue without blocking.'''
        return self.get(block=False)

    if sys.version_info >= (3, 13):
        def shutdown(self, immediate=False):
            '''Shut-down the queue, making queue gets and puts raise ShutDown.'''
            self.is_shutdown = True
            if immediate:
                while self._qsize():
                    self._get()
                    if self.unfinished_tasks > 0:
                        self.unfinished_tasks -= 1

    # Override these methods to implement other queue organizations
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(type(list[int]))


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order (lowest first).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    '''Variant of Queue that retrieves most recently added entries first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''Simple, unbounded, reentrant FIFO queue.'''

    # the words of CPython's simplequeueobject after the object header (sys.getsizeof agrees)
    if sys.version_info >= (3, 13):
        __slots__ = ('_lst', '_lst_pos', '_items_cap', '_num_items', '_put_idx', '_lock', '_weakreflist')
    else:
        __slots__ = ('_lock', '_locked', '_lst', '_lst_pos', '_weakreflist')

    def __init__(self):
        self._lst = []
        self._lst_pos = 0

    def put(self, item, block=True, timeout=None):
        '''Put the item on the queue.'''
        self._lst.append(item)

    def put_nowait(self, item):
        '''Put an item into the queue without blocking.'''
        self._lst.append(item)

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.'''
        if block and timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if self._lst_pos >= len(self._lst):
            if not block:
                raise Empty
            if timeout is None:
                _wait_forever('SimpleQueue.get() on an empty queue')
            _wait(timeout)
            raise Empty
        return self._pop()

    def get_nowait(self):
        '''Remove and return an item from the queue without blocking.'''
        if self._lst_pos >= len(self._lst):
            raise Empty
        return self._pop()

    def _pop(self):
        # simplequeue_pop_item: the slot becomes None; past half the list, the front is cut off
        lst = self._lst
        pos = self._lst_pos
        item = lst[pos]
        lst[pos] = None
        pos += 1
        if pos > len(lst) // 2:
            del lst[:pos]
            pos = 0
        self._lst_pos = pos
        return item

    def empty(self):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        return self._lst_pos >= len(self._lst)

    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        return len(self._lst) - self._lst_pos

    __class_getitem__ = classmethod(type(list[int]))


SimpleQueue.__module__ = '_queue'
