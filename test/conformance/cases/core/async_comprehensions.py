# async comprehensions (inlined in 3.12+, functions in 3.11) over a user async iterator, driven by coro.send().
class AIter:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i
async def double(x):
    return 2 * x
async def main():
    a = [x async for x in AIter(3)]
    b = [await double(x) for x in a]
    c = {x: y async for x in AIter(2) for y in "ab"}
    return a, b, c
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
