# asyncio cancellation: CancelledError is delivered at the task's next await, cancel messages, catching
# and re-raising, cancelling()/uncancel(), cancelling a finished task, shield and cancel before start.
import asyncio
import sys


async def sleeper(name, delay):
    try:
        print(name, 'sleeping')
        await asyncio.sleep(delay)
        print(name, 'woke')
    except asyncio.CancelledError as e:
        print(name, 'cancelled with', e.args)
        raise
    finally:
        print(name, 'finally')


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('stubborn ignores the cancel')
    return 'survived'


async def main():
    t = asyncio.create_task(sleeper('t1', 10))
    await asyncio.sleep(0)
    print('cancel ->', t.cancel('stop now'))
    print('done right after cancel?', t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaiting raised', type(e).__name__, e.args)
    print(t.cancelled(), t.done())
    print('cancel again ->', t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result() raised CancelledError', e.args)

    t2 = asyncio.create_task(sleeper('t2', 10))
    print('cancel before first step ->', t2.cancel())
    try:
        await t2
    except asyncio.CancelledError:
        print('t2 cancelled before it ran:', t2.cancelled())

    t3 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t3.cancel()
    print(await t3, t3.cancelled())
    if sys.version_info >= (3, 11):
        print('cancelling', t3.cancelling(), t3.uncancel())

    inner = asyncio.create_task(sleeper('inner', 0.2))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled, inner cancelled?', inner.cancelled())
    await inner
    print('inner result', inner.result(), inner.done())

    f = asyncio.get_running_loop().create_future()
    f.cancel('future msg')
    try:
        f.result()
    except asyncio.CancelledError as e:
        print('future', e.args, f.cancelled())
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())
