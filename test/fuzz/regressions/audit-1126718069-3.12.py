# fuzz regression: property=audit kind=mutated seed=1126718069 version=3.12
# from: core/async_comprehensions (delete-line)
# problem when found:
#   <int at 0x7f3c9a427150>: 4 references found, refcount 3
#   <list at 0x7f3c9a4e9280>: 2 references found, refcount 1
#   <AIter at 0x7f3c9a4f43b0>: 2 references found, refcount 1
class AIter:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        return self.i
async def double(x):
    return 2 * x
async def main():
    c = {x: y async for x in AIter(2) for y in "ab"}
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
