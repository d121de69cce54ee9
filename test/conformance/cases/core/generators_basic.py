# Generator functions: laziness, state, return value, exhaustion.
def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("end")
    return "finished"
g = count_up(2)
print(type(g).__name__, g.__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x
print(list(evens(range(11))), sum(evens([1, 2, 3, 4])), max(evens([8, 3, 10])))
def empty():
    return
    yield
print(list(empty()))
def pipeline():
    nums = (i for i in range(10))
    squares = (n * n for n in nums)
    odd = (s for s in squares if s % 2)
    return list(odd)
print(pipeline())
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in gen_with_finally():
    print("got", v)
gg = gen_with_finally()
print(next(gg))
del gg
print("after del")
def stateful():
    total = 0
    for v in [5, 10, 15]:
        total += v
        yield total
print(list(stateful()), list(zip(stateful(), "abc")))
def gen_raises():
    yield 1
    raise ValueError("inside generator")
try:
    for v in gen_raises():
        print("value", v)
except ValueError as e:
    print(type(e).__name__, e)
def stop_inside():
    yield 1
    raise StopIteration("explicit")
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
gen = count_up(0)
print(list(gen))
import inspect
print(inspect.isgeneratorfunction(count_up), inspect.isgenerator(count_up(1)))
