# asyncio.TaskGroup (3.11+): children's results, one failure cancels the siblings, the ExceptionGroup's
# text and contents, create_task after the group finished.
import asyncio
import sys


async def job(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
    if fail is not None:
        raise fail
    print(name, 'ok')
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job('a', 0.1))
        t2 = tg.create_task(job('b', 0.2))
    print(t1.result(), t2.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('c', 0.1, ValueError('bad c')))
            tg.create_task(job('d', 0.5))
            tg.create_task(job('e', 0.1, KeyError('e')))
    except* ValueError as eg:
        print('ValueError group:', str(eg), [repr(e) for e in eg.exceptions])
    except* KeyError as eg:
        print('KeyError group:', str(eg), [repr(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job('f', 0.1, RuntimeError('f failed')))
            await asyncio.sleep(1)
            print('not reached')
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg, eg.exceptions)
    coro = job('g', 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(str(e).replace(repr(tg), 'TG'))
    coro.close()
    tg2 = asyncio.TaskGroup()
    coro = job('h', 0)
    try:
        tg2.create_task(coro)
    except RuntimeError as e:
        print(str(e).replace(repr(tg2), 'TG'))
    coro.close()

    async with asyncio.TaskGroup() as tg:
        pass
    print('empty group ok')


if sys.version_info >= (3, 11):
    asyncio.run(main())
else:
    print('3.11+')
