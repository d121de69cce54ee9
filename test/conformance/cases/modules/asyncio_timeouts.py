# asyncio timeouts: wait_for (TimeoutError, the inner task is cancelled), timeout() / timeout_at()
# (3.11+), wait() with FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED / timeout, as_completed order.
import asyncio
import sys


async def work(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, 'was cancelled')
        raise
    if fail:
        raise KeyError(name)
    return name


async def main():
    print(await asyncio.wait_for(work('quick', 0.1), timeout=1))
    try:
        await asyncio.wait_for(work('slow', 5), timeout=0.2)
    except asyncio.TimeoutError as e:
        print('wait_for timed out:', type(e).__name__, e.args, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(work('none', 0.1), timeout=None))
    try:
        await asyncio.wait_for(work('zero', 0.1), timeout=0)
    except TimeoutError:
        print('timeout=0 raises TimeoutError')

    if sys.version_info >= (3, 11):
        try:
            async with asyncio.timeout(0.3) as cm:
                print('entered', cm.expired())
                await work('in-timeout', 2)
        except TimeoutError:
            print('timeout() expired:', cm.expired())
        async with asyncio.timeout(None) as cm2:
            await asyncio.sleep(0.1)
            print('when None', cm2.when())
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout_at(loop.time() + 0.1) as cm3:
                cm3.reschedule(loop.time() + 0.2)
                await asyncio.sleep(1)
        except TimeoutError:
            print('timeout_at rescheduled and expired', cm3.expired())

    tasks = [asyncio.create_task(work(f'w{i}', d)) for i, d in enumerate([0.3, 0.1, 0.2])]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    tasks = [asyncio.create_task(work('e1', 0.1, fail=True)), asyncio.create_task(work('e2', 0.5))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print([type(t.exception()).__name__ for t in done], len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print(len(done), len(pending))
    await tasks[1]
    c1, c2 = work('c', 0), asyncio.sleep(0)
    for bad in ([], [c1], c2):
        try:
            await asyncio.wait(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    c1.close()
    c2.close()
    try:
        await asyncio.wait([tasks[1]], return_when='SOMETIMES')
    except ValueError as e:
        print(e)

    order = []
    for fut in asyncio.as_completed([work('c3', 0.3), work('c1', 0.1), work('c2', 0.2)]):
        order.append(await fut)
    print(order)
    try:
        for fut in asyncio.as_completed([work('t1', 0.1), work('t2', 1)], timeout=0.2):
            print('as_completed got', await fut)
    except TimeoutError:
        print('as_completed timed out')
    await asyncio.sleep(1)


asyncio.run(main())
