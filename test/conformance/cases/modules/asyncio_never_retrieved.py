# conformance: compare-stderr=full
# asyncio's messages on stderr: "Task exception was never retrieved" (a failed task collected without
# its exception read), "Future exception was never retrieved", "Task was destroyed but it is pending!",
# and a custom exception handler.
import asyncio
import gc


async def boom():
    raise ValueError('bad')


async def forever():
    await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print('done', t.done())
    del t
    gc.collect()
    print('after task')
    f = asyncio.get_running_loop().create_future()
    f.set_exception(KeyError('k'))
    del f
    print('after future')
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print('retrieved', repr(t.exception()))
    del t
    gc.collect()
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda lp, ctx: print('handler:', ctx['message'], repr(ctx.get('exception'))))
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    del t
    gc.collect()
    loop.set_exception_handler(None)


asyncio.run(main())
loop = asyncio.new_event_loop()
t = loop.create_task(forever())
loop.run_until_complete(asyncio.sleep(0))
print(t._state)
del t
loop.close()
gc.collect()
print('end')
