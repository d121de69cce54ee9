# asyncio.gather: results in argument order, the first exception, return_exceptions=True, duplicates,
# cancelling the gathering future and empty gather.
import asyncio


async def value(x, delay):
    await asyncio.sleep(delay)
    print('finished', x)
    return x


async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def main():
    print(await asyncio.gather(value(1, 0.3), value(2, 0.1), value(3, 0.2)))
    print(await asyncio.gather())
    try:
        await asyncio.gather(value('a', 0.1), fail('boom', 0.05), value('b', 0.2))
    except ValueError as e:
        print('caught', type(e).__name__, e)
    await asyncio.sleep(0.3)
    res = await asyncio.gather(fail('x', 0.1), value('y', 0.05), return_exceptions=True)
    print([type(r).__name__ for r in res], res[1])
    t = asyncio.create_task(value('dup', 0.05))
    print(await asyncio.gather(t, t, value('other', 0)))
    g = asyncio.gather(value('slow1', 1), value('slow2', 1))
    await asyncio.sleep(0.1)
    print('cancel', g.cancel(), g.cancelled())
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled', type(e).__name__)
    print(type(g).__name__, g.done())
    g2 = asyncio.gather(value('c1', 0.1), fail('c2', 0.2), return_exceptions=True)
    await asyncio.sleep(0.15)
    for child in g2._children:
        child.cancel()
    print([type(x).__name__ for x in await g2])


asyncio.run(main())
