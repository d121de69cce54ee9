# A for loop over a generator: values, refcounts, gi_running, frame links, exceptions leaving the generator,
# a StopIteration raised inside it (PEP 479: the RuntimeError's __cause__ and __context__), the
# handled-exception state, return values, break (close at release), nested generators.
import sys


def count(n):
    for i in range(n):
        yield i
    return "done"


print([x for x in count(3)])
g = count(3)
for x in g:
    print(x, sys.getrefcount(g), g.gi_running, g.gi_frame.f_back, g.gi_frame.f_lasti > 0)
print(g.gi_frame, g.gi_running)


def stop_inside():
    yield 1
    raise StopIteration("x")


try:
    for x in stop_inside():
        print("got", x)
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)


def raiser():
    yield 1
    1 / 0


try:
    for x in raiser():
        pass
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next


def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally")


for x in with_finally():
    print("body", x)
    break
print("after break")


def running():
    yield me.gi_running
    yield sys._getframe().f_back.f_code.co_name
    try:
        next(me)
    except ValueError as e:
        yield str(e)


me = running()
for v in me:
    print(v)


def handled():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]


try:
    raise IndexError
except IndexError:
    for v in handled():
        print(v, sys.exc_info()[0])
print(sys.exc_info()[0])


def context_chain():
    yield 1
    raise ValueError("v")


try:
    try:
        raise TypeError("outer")
    except TypeError:
        for v in context_chain():
            pass
except ValueError as e:
    print(repr(e.__context__))


def nested(n):
    if n == 0:
        yield 0
        return
    for x in nested(n - 1):
        yield x + 1


print(list(nested(50)), sum(x for x in nested(5)))


def frames():
    f = sys._getframe()
    yield f.f_back.f_code.co_name
    yield f.f_back.f_code.co_name


def caller():
    return [name for name in frames()]


print(caller())


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def holder():
    d = Noisy("local")
    yield Noisy("first")
    yield Noisy("second")
    return Noisy("returned")


for x in holder():
    print("item", x.name)
print("loop done")
it = holder()
for x in it:
    print("item", x.name)
del x
print("before del it")
del it
