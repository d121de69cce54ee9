# asyncio synchronization primitives: Lock (FIFO hand-over), Event, Semaphore / BoundedSemaphore,
# Condition notify / wait_for, and their error messages.
import asyncio


async def locked_worker(lock, name, log):
    async with lock:
        log.append(f'{name} in')
        await asyncio.sleep(0.01)
        log.append(f'{name} out')


async def waiter(event, name):
    print(name, 'waiting')
    await event.wait()
    print(name, 'released')


async def limited(sem, name, log):
    async with sem:
        log.append(f'+{name}')
        await asyncio.sleep(0.01)
        log.append(f'-{name}')


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(locked_worker(lock, n, log) for n in 'abc'))
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)
    print(await lock.acquire(), lock.locked())
    lock.release()

    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, f'w{i}')) for i in range(3)]
    await asyncio.sleep(0)
    print('is_set', event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    event.clear()
    print('cleared', event.is_set())

    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(limited(sem, n, log) for n in 'wxyz'))
    print(log, sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError', e)
    bsem = asyncio.BoundedSemaphore(1)
    try:
        bsem.release()
    except ValueError as e:
        print('ValueError', e)

    cond = asyncio.Condition()
    items = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            print(name, 'took', items.pop())

    cs = [asyncio.create_task(consumer(f'c{i}')) for i in range(2)]
    await asyncio.sleep(0)
    for i in range(2):
        async with cond:
            items.append(i)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print('RuntimeError', e)


asyncio.run(main())
