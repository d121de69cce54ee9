# weakref.proxy: attribute access forwarding, ReferenceError after death, callable proxies, counts.
import weakref


class Obj:
    def __init__(self):
        self.value = 42

    def method(self):
        return "method result"

    def __len__(self):
        return 7


o = Obj()
p = weakref.proxy(o)
print("attribute through proxy:", p.value)
print("method through proxy:", p.method())
print("len through proxy:", len(p))
print("type of proxy:", type(p).__name__)
print("proxy is not the object:", p is not o)
print("getweakrefcount:", weakref.getweakrefcount(o))
p2 = weakref.proxy(o)
print("second proxy without callback is shared:", p2 is p)
p.value = 5
print("setattr through proxy:", o.value)


def f():
    return "called"


cp = weakref.proxy(f)
print("callable proxy type:", type(cp).__name__, cp())
log = []
p3 = weakref.proxy(o, lambda ref: log.append("proxy callback"))
print("getweakrefcount with callback proxy:", weakref.getweakrefcount(o))
del o
print("log:", log)
try:
    p.value
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    len(p)
except ReferenceError as e:
    print("len on dead proxy:", e)
print("proxy of proxy?")
try:
    weakref.proxy(p)
except TypeError as e:
    print("  TypeError:", e)
