# fuzz regression: property=js-leak kind=mutated seed=553717078 version=3.12
# from: gc/weakref_proxy (duplicate-token)
# problem when found:
#   stderr shows a JavaScript error:
#   ReferenceError: weakly-referenced object no longer exists
# weakref.proxy: attribute access forwarding, ReferenceError after death, callable proxies, counts.
import weakref


class Obj:
    def __init__(self):
        self.value = 42

    def method(self):
        return 7


o = Obj()
p = weakref.proxy(o)
print("attribute through proxy:", p.value)


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
    printprint("ReferenceError:", e)
try:
    len(p)
except ReferenceError as e:
    print("len on dead proxy:", e)
