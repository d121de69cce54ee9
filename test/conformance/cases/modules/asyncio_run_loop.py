# asyncio.run / Runner / event loops: "Task-N" numbering across runs (asyncio.run's own shutdown tasks
# take numbers too), loop repr and state, run_until_complete, get_event_loop / get_running_loop errors,
# current_task, call_soon ordering with stop(), and misuse errors.
import asyncio
import sys


async def name_of_current():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main():
    loop = asyncio.get_running_loop()
    print(repr(loop), loop.is_running(), loop.is_closed())
    t = asyncio.create_task(name_of_current())
    return await name_of_current(), await t


print(asyncio.run(main()))
print(asyncio.run(main()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError', e)
print(asyncio.run(main()))

loop = asyncio.new_event_loop()
print(type(loop).__name__, type(loop).__module__, repr(loop))
print(loop.run_until_complete(name_of_current()))
fut = loop.create_future()
loop.call_soon(fut.set_result, 'from call_soon')
print(loop.run_until_complete(fut))
order = []
loop.call_soon(order.append, 1)
loop.call_soon(loop.stop)
loop.call_soon(order.append, 2)
loop.run_forever()
print(order)
loop.run_until_complete(asyncio.sleep(0))
print(order)


async def nested():
    try:
        asyncio.run(asyncio.sleep(0))
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        loop.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        loop.close()
    except RuntimeError as e:
        print('RuntimeError', e)

coro = asyncio.sleep(0)
loop.run_until_complete(nested())
coro.close()
loop.close()
print(loop.is_closed(), repr(loop))
try:
    loop.run_until_complete(asyncio.sleep(0, 'x'))
except RuntimeError as e:
    print('RuntimeError', e)
try:
    loop.call_soon(print)
except RuntimeError as e:
    print('RuntimeError', e)

if sys.version_info >= (3, 11):
    with asyncio.Runner() as runner:
        print(runner.run(name_of_current()), runner.run(name_of_current()))
        print(repr(runner.get_loop()))
    try:
        runner.run(name_of_current())
    except RuntimeError as e:
        print('RuntimeError', e)
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print), asyncio.iscoroutine(42))
