# asyncio queues: producer/consumer with a bounded Queue, join()/task_done(), PriorityQueue, LifoQueue,
# QueueFull / QueueEmpty and str() of a queue.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('put', i, 'size', q.qsize())
    await q.put(None)


async def consumer(q, name, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        print(name, 'got', item)
        out.append(item * 10)
        await asyncio.sleep(0.01)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    print(q.maxsize, q.empty(), q.full(), str(q))
    p = asyncio.create_task(producer(q, 5))
    c = asyncio.create_task(consumer(q, 'c', out))
    await q.join()
    await asyncio.gather(p, c)
    print(out, q.empty(), str(q))

    q2 = asyncio.Queue(1)
    q2.put_nowait('a')
    try:
        q2.put_nowait('b')
    except asyncio.QueueFull as e:
        print('QueueFull', type(e).__mro__[1].__name__, repr(e))
    print(str(q2), q2.get_nowait())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    q2.task_done()
    try:
        q2.task_done()
    except ValueError as e:
        print(e)

    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
        await pq.put(item)
    print([await pq.get() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for item in 'xyz':
        lq.put_nowait(item)
    print(str(lq), [lq.get_nowait() for _ in range(3)])

    q3 = asyncio.Queue()
    waiters = [asyncio.create_task(q3.get()) for _ in range(3)]
    await asyncio.sleep(0)
    print(str(q3))
    for i in range(3):
        q3.put_nowait(i)
    print(await asyncio.gather(*waiters))


asyncio.run(main())
