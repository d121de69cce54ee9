# timeit: statements run `number` times (strings, callables, setup, globals), in timeit's namespace by
# default, with the collector disabled while they run; results are floats; repeat gives a list
import gc
import timeit

counter = []
t = timeit.timeit('counter.append(1)', globals={'counter': counter}, number=25)
print(type(t).__name__, t >= 0, len(counter))
print(len(timeit.repeat('x = 1', repeat=3, number=10)), timeit.default_timer is __import__('time').perf_counter)

calls = []
timeit.timeit(lambda: calls.append(gc.isenabled()), number=4)
print(calls, gc.isenabled())
gc.disable()
timeit.timeit('pass', number=3)
print(gc.isenabled())
gc.enable()

state = {'n': 0}


def setup():
    state['n'] += 100


timeit.timeit(lambda: state.__setitem__('n', state['n'] + 1), setup=setup, number=7)
print(state['n'])
timer = timeit.Timer('y = [i for i in range(10)]', setup='import math')
print(len(timer.repeat(repeat=2, number=5)), type(timer.timeit(number=3)).__name__)
print(timeit.timeit('a + b', setup='a = 1; b = 2', number=5) >= 0)
n, taken = timeit.Timer('pass', timer=iter(range(0, 10**6, 1)).__next__).autorange()
print(n, taken)
print(timeit.timeit('pass', timer=iter([1.5, 4.0]).__next__, number=1000))
for f in (lambda: timeit.timeit('undefined_name', number=1), lambda: timeit.Timer(stmt=5),
          lambda: timeit.Timer(setup=3), lambda: timeit.timeit('return 1', number=1),
          lambda: timeit.timeit('x = (', number=1)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
