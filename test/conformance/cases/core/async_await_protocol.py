# async def / await / async with / async for driven by coro.send() (no event loop): awaitables via __await__, async context managers and iterators, error messages.
class Sleep:
    def __init__(self, v): self.v = v
    def __await__(self):
        r = yield self.v
        return r
class Ctx:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, *a):
        print("exit", a[0])
        return False
class AIter:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i
async def inner(x):
    y = await Sleep(x)
    return y * 2
async def main():
    total = 0
    async with Ctx() as c:
        total += await inner(5)
    async for v in AIter(3):
        total += v
    try:
        async with Ctx():
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
    return total
def run(coro):
    value = None
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            return e.value
        print("yielded", yielded)
        value = 10
print(run(main()))
try:
    async def bad():
        await 5
    run(bad())
except TypeError as e:
    print(e)
try:
    async def bad2():
        async for x in 5: pass
    run(bad2())
except TypeError as e:
    print(e)
