# conformance: compare-stderr=full
# Coroutine objects: their type and attributes, and the RuntimeWarning "coroutine ... was never
# awaited" printed when a coroutine that never ran is collected (with the tracemalloc hint).
import asyncio
import sys


async def fetch(x):
    await asyncio.sleep(0)
    return x


c = fetch(1)
print(type(c).__name__, asyncio.iscoroutine(c), asyncio.iscoroutinefunction(fetch))
print(c.cr_running, c.cr_await, c.cr_origin, c.cr_code.co_name, c.cr_frame is not None)
print(sys.getrefcount(c))
try:
    iter(c)
except TypeError as e:
    print('TypeError', e)
try:
    next(c)
except TypeError as e:
    print('TypeError', e)
del c
print('after del')


async def main():
    fetch(2)
    print('in main')
    coro = fetch(3)
    t = asyncio.create_task(coro)
    await asyncio.sleep(0)
    print('awaiting', type(coro.cr_await).__name__, coro.cr_suspended if sys.version_info >= (3, 11) else '')
    print(await t)
    c4 = fetch(4)
    c4.close()
    print('closed without warning')


asyncio.run(main())


def plain():
    c = fetch(5)
    return 'plain done'


print(plain())
