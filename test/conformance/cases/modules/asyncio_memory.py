# asyncio memory facts: sys.getsizeof of Task / Future / Handle / TimerHandle (CPython's _asyncio C
# structs), GC tracking, the references a task holds (its coroutine) and the one the ready queue holds
# (the task's step), all_tasks() while tasks are pending and after they finish.
import asyncio
import gc
import sys


async def child():
    await asyncio.sleep(0)
    return 'child'


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print('future', type(fut), sys.getsizeof(fut), gc.is_tracked(fut), sys.getrefcount(fut))
    coro = child()
    print('coro refcount before task', sys.getrefcount(coro))
    task = asyncio.create_task(coro)
    print('task', type(task), sys.getsizeof(task), gc.is_tracked(task))
    print('refcounts: coro', sys.getrefcount(coro), 'task', sys.getrefcount(task))
    print(task.get_coro() is coro, len(asyncio.all_tasks()), type(asyncio.all_tasks()).__name__)
    print(asyncio.current_task().get_name(), task.get_name())
    await task
    print('after await: coro', sys.getrefcount(coro), 'task', sys.getrefcount(task))
    print(len(asyncio.all_tasks()), task in asyncio.all_tasks())
    del coro
    h = loop.call_soon(print, 'handle ran')
    th = loop.call_later(10, print, 'never')
    print('handle', type(h).__name__, sys.getsizeof(h), gc.is_tracked(h))
    print('timer', type(th).__name__, sys.getsizeof(th), th.cancelled())
    th.cancel()
    print(th.cancelled())
    await asyncio.sleep(0)
    fut.set_result([1, 2, 3])
    print(repr(fut), sys.getrefcount(fut.result()))
    named = asyncio.create_task(child(), name='worker')
    print(named.get_name(), repr(named).startswith("<Task pending name='worker' coro=<child() running at "))
    named.set_name(42)
    print(repr(named.get_name()))
    await named
    unnamed = asyncio.create_task(child())
    print(unnamed.get_name(), await unnamed)
    f2 = loop.create_future()
    print(f2._callbacks)
    f2.add_done_callback(print)
    print(len(f2._callbacks))
    f2.cancel()
    print(asyncio.Task.__mro__, asyncio.Future.__module__)
    print(asyncio.isfuture(fut), asyncio.isfuture(task), asyncio.isfuture(42))


asyncio.run(main())
t = asyncio.run(asyncio.sleep(0, 'x'))
print(t)
