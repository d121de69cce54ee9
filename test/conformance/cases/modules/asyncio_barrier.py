# asyncio.Barrier (3.11+): parties arriving in turn, the arrival index, n_waiting, reuse after draining,
# abort and reset with BrokenBarrierError, and the error for parties < 1.
import asyncio
import sys


async def arrive(barrier, name, delay, log):
    await asyncio.sleep(delay)
    log.append(f'{name} arrives, waiting {barrier.n_waiting}')
    idx = await barrier.wait()
    log.append(f'{name} passes with index {idx}')
    return idx


async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    log = []
    res = await asyncio.gather(*(arrive(barrier, n, d, log) for n, d in [('a', 0.1), ('b', 0.3), ('c', 0.2)]))
    print(res)
    print('\n'.join(log))
    res = await asyncio.gather(*(arrive(barrier, n, 0, log) for n in 'xyz'))
    print('reused', sorted(res), barrier.n_waiting)

    b2 = asyncio.Barrier(2)

    async def stuck(name):
        try:
            await b2.wait()
        except asyncio.BrokenBarrierError as e:
            print(name, 'broken:', e)

    t = asyncio.create_task(stuck('s1'))
    await asyncio.sleep(0.1)
    print('waiting', b2.n_waiting)
    await b2.abort()
    await t
    print('broken', b2.broken)
    await stuck('s2')
    await b2.reset()
    print('after reset', b2.broken, b2.n_waiting)
    t = asyncio.create_task(stuck('s3'))
    await asyncio.sleep(0.1)
    await b2.reset()
    await t
    async with asyncio.Barrier(1) as idx:
        print('async with index', idx)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError', e)


if sys.version_info >= (3, 11):
    asyncio.run(main())
else:
    print('3.11+')
