# Generator send(), throw(), close() and GeneratorExit.
def accumulator():
    total = 0
    while True:
        received = yield total
        if received is None:
            break
        total += received
    return total
acc = accumulator()
print(next(acc), acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)
def echo():
    try:
        while True:
            try:
                value = yield
                print("echo", value)
            except ValueError as e:
                print("handled inside:", e)
    finally:
        print("echo closing")
e = echo()
next(e)
e.send("hi")
e.throw(ValueError("oops"))
e.send("still alive")
e.close()
e.close()
print("closed")
try:
    e.send("x")
except StopIteration:
    print("StopIteration after close")
fresh = accumulator()
try:
    fresh.send(1)
except TypeError as err:
    print(type(err).__name__, err)
def no_catch():
    yield 1
    yield 2
n = no_catch()
next(n)
try:
    n.throw(KeyError("k"))
except KeyError as err:
    print("propagated", repr(err))
print(list(n))
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
ig = ignores_exit()
next(ig)
try:
    ig.close()
except RuntimeError as err:
    print(type(err).__name__, err)
def catch_exit():
    try:
        yield
    except GeneratorExit:
        print("got GeneratorExit")
        raise
c = catch_exit()
next(c)
c.close()
def throw_returns():
    try:
        yield 1
    except IndexError:
        yield "recovered"
t = throw_returns()
next(t)
print(t.throw(IndexError))
def running():
    yield gen_ref.send(None)
gen_ref = running()
try:
    next(gen_ref)
except ValueError as err:
    print(type(err).__name__, err)
unstarted = no_catch()
unstarted.close()
print(list(unstarted))
try:
    no_catch().throw(ValueError("at start"))
except ValueError as err:
    print("unstarted throw:", err)
