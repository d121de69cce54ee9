# weakref.WeakMethod: a weak reference to a bound method dies with its instance, not with the bound method.
import weakref


class C:
    def m(self):
        return "m called"


c = C()
plain = weakref.ref(c.m)
print("plain ref to a bound method dies at once:", plain() is None)
wm = weakref.WeakMethod(c.m)
print("WeakMethod alive:", wm() is not None, wm()())
print("new bound method each time:", wm() is not wm(), wm() == wm())
log = []
wm2 = weakref.WeakMethod(c.m, lambda r: log.append("callback"))
del c
print("after instance dies:", wm() is None, wm2() is None, log)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
