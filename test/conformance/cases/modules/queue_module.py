# queue: Queue (FIFO), LifoQueue, PriorityQueue and SimpleQueue in one thread: put/get, the nowait forms,
# Empty / Full, maxsize, task_done / join bookkeeping, the containers holding the items, sizes
import gc
import queue
import sys
import time

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.maxsize, q.unfinished_tasks, type(q.queue).__name__, q.queue)
print([q.get() for _ in range(3)], q.get_nowait(), q.qsize())
print(sorted(k for k in vars(q) if k in ('maxsize', 'queue', 'unfinished_tasks')))

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [5, 1, 4, 2, 3]:
    lq.put(x)
    pq.put((x, 'item%d' % x))
print(type(lq.queue).__name__, lq.queue, [lq.get() for _ in range(5)])
print(type(pq.queue).__name__, pq.queue[0], [pq.get()[1] for _ in range(5)])

b = queue.Queue(maxsize=2)
b.put('a')
b.put_nowait('b')
print(b.full(), b.qsize())
for f in (lambda: b.put_nowait('c'), lambda: b.put('c', block=False), lambda: b.put('c', timeout=-1)):
    try:
        f()
    except queue.Full:
        print('Full')
    except ValueError as e:
        print('ValueError', e)
e = queue.Queue()
for f in (e.get_nowait, lambda: e.get(False), lambda: e.get(timeout=-1), lambda: e.get(block=False, timeout=-1)):
    try:
        f()
    except queue.Empty:
        print('Empty')
    except ValueError as exc:
        print('ValueError', exc)

t = queue.Queue()
t.put(1)
t.put(2)
print(t.unfinished_tasks)
t.get()
t.task_done()
t.get()
t.task_done()
t.join()
print(t.unfinished_tasks)
try:
    t.task_done()
except ValueError as exc:
    print('ValueError', exc)

s = queue.SimpleQueue()
print(s.empty(), s.qsize(), sys.getsizeof(s), gc.is_tracked(s))
for i in range(6):
    s.put(i)
s.put_nowait('x')
print(s.qsize(), [s.get() for _ in range(4)], s.get_nowait(), s.qsize(), s.empty())
print(s.get(), s.get(block=False), s.empty())
try:
    s.get_nowait()
except queue.Empty as exc:
    print(type(exc).__name__, repr(exc))
print(queue.Empty, queue.Full, queue.SimpleQueue, issubclass(queue.Empty, Exception), queue.Queue[int])
big = queue.Queue()
for i in range(100):
    big.put(i)
print(sys.getsizeof(big.queue), sys.getsizeof(q), sys.getrefcount(big.queue))

# with a timeout, get / put wait that long and raise Empty / Full
start = time.monotonic()
try:
    queue.Queue().get(timeout=0.05)
except queue.Empty:
    print('Empty after the timeout', time.monotonic() - start >= 0.05)
full = queue.Queue(1)
full.put(1)
start = time.monotonic()
try:
    full.put(2, timeout=0.02)
except queue.Full:
    print('Full after the timeout', time.monotonic() - start >= 0.02)
try:
    queue.SimpleQueue().get(timeout=0.01)
except queue.Empty:
    print('Empty')
