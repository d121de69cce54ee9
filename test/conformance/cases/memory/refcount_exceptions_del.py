# sys.getrefcount around exceptions (bound with as, traceback frames), del and rebinding.
import sys


class Payload:
    pass


p = Payload()
try:
    raise ValueError(p)
except ValueError as exc:
    print("exception arg while handled:", sys.getrefcount(p))
    print("exception object bound with as:", sys.getrefcount(exc))
    saved = exc
    print("also saved:", sys.getrefcount(exc))
print("'exc' was deleted at end of except:", "exc" not in globals())
print("saved exception:", sys.getrefcount(saved))
print("payload kept by saved exception args:", sys.getrefcount(p))
saved = None
print("payload after exception dropped:", sys.getrefcount(p))


def raiser(obj):
    local = obj
    raise KeyError("k")


try:
    raiser(p)
except KeyError as e:
    print("frame in traceback keeps locals alive:", sys.getrefcount(p))
    tb = e.__traceback__
print("after except ends, tb var still alive:", sys.getrefcount(p))
del tb
print("after del tb:", sys.getrefcount(p))

x = []
y = x
del x
print("after del one name:", sys.getrefcount(y))
y = []
z = y
y = 5
print("after rebinding:", sys.getrefcount(z))
a = b = c = []
print("chained assignment:", sys.getrefcount(a))
a, b = b, c
print("swap-style rebinding:", sys.getrefcount(c))
del a, b
print("after del a, b:", sys.getrefcount(c))
lst = [c, c]
lst[0] = None
print("item replaced:", sys.getrefcount(c))
del lst[1]
print("item deleted:", sys.getrefcount(c))
