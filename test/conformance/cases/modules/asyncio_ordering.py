# asyncio: the order in which tasks, call_soon / call_later callbacks and sleeps run (the ready queue is
# FIFO, a task's first step is scheduled when it is created), and loop.time() differences.
import asyncio

log = []


async def worker(name, delays):
    for d in delays:
        log.append(f'{name} sleeps {d}')
        await asyncio.sleep(d)
    log.append(f'{name} done')
    return name


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    loop.call_soon(log.append, 'soon 1')
    loop.call_later(0.5, log.append, 'later 0.5')
    loop.call_later(0.1, log.append, 'later 0.1')
    loop.call_at(t0 + 0.3, log.append, 'at 0.3')
    loop.call_soon(log.append, 'soon 2')
    a = asyncio.create_task(worker('A', [0.2, 0.2]))
    b = asyncio.create_task(worker('B', [0, 0.1, 0.35]))
    c = asyncio.create_task(worker('C', [0.45]))
    log.append('main before await')
    await asyncio.sleep(0)
    log.append('main after sleep(0)')
    print(await a, await b, await c)
    print('elapsed', round(loop.time() - t0, 1))
    h = loop.call_later(0.05, log.append, 'cancelled timer')
    h.cancel()
    print(h.cancelled(), type(h).__name__)
    await asyncio.sleep(0.1)
    for line in log:
        print(line)


asyncio.run(main())


async def ping(n):
    for i in range(3):
        print('ping', n, i)
        await asyncio.sleep(0)


async def main2():
    await asyncio.gather(ping(1), ping(2))
    t = asyncio.create_task(ping(3))
    print('created')
    await t


asyncio.run(main2())
