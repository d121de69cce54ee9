# co_stacksize, and the sizes that follow from it (a generator's frame, a frame object), as each version's
# compiler computes it: 3.11 has no RETURN_CONST, 3.13 counts the constant a RETURN_CONST returns and a
# keyword call's names tuple, 3.11 has no CLEANUP_THROW handler around await.
import sys
def ret_none(): pass
def ret_const(): return 1
def ret_name(x): return x
def kw_call(f): return f(1, 2, key=3)
def kw_call2(f, a): return f(a, b=a, c=a, d=a)
async def awaiting(x):
    return await x
async def async_for(it):
    async for v in it:
        pass
def gen():
    yield 1
def gen_const():
    yield
    return 5
def nested(a):
    return [a, (a, [a, {a: a}])]
for fn in (ret_none, ret_const, ret_name, kw_call, kw_call2, awaiting, async_for, gen, gen_const, nested):
    print(fn.__name__, fn.__code__.co_stacksize)
g = gen()
print(sys.getsizeof(g), sys.getsizeof(gen_const()))
next(g)
print(sys.getsizeof(g))
def frame_size():
    return sys.getsizeof(sys._getframe())
print(frame_size())
co = compile("x = 1\nprint(x, y=2) if x else None\n", "m", "exec")
print(co.co_stacksize, compile("", "m", "exec").co_stacksize, compile("def f(): return 3", "m", "exec").co_stacksize)
