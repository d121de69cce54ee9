# inspect.getgeneratorstate / getgeneratorlocals / getcoroutinestate / getcoroutinelocals: the state read
# from gi_running, gi_suspended and gi_frame (cr_* for coroutines), the locals from the live frame.
import inspect, asyncio
def gen(a):
    b = a * 2
    yield b
    yield b + 1
g = gen(3)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
def me():
    yield inspect.getgeneratorstate(m)
m = me()
print(next(m))
g.close()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
try:
    inspect.getgeneratorlocals([1])
except TypeError as e:
    print(e)
async def co(x):
    y = x + 1
    await asyncio.sleep(0)
    return y
c = co(1)
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
c.send(None)
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
print(inspect.GEN_CLOSED, inspect.CORO_RUNNING)
