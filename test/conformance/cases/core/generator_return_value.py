# A generator's return value reaches StopIteration.value through next(), __next__(), send() and yield from.
def g():
    yield 1
    return "fin"
x = g(); next(x)
try: x.__next__()
except StopIteration as e: print("dunder", e.value, e.args)
x = g(); next(x)
try: next(x)
except StopIteration as e: print("next", e.value)
x = g(); next(x)
try: x.send(None)
except StopIteration as e: print("send", e.value)
x = g(); next(x)
print(next(x, "dflt"))
def h():
    r = yield from g()
    print("r", r)
print(list(h()))
