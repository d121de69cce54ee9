# A builtin module and its functions form a reference cycle (each function's __self__ is the module):
# a module nobody else refers to is freed by the collector, not by reference counting.
import sys, weakref
import gc

collect = gc.collect
print(collect.__self__ is gc, sys.getrefcount(gc) - len([v for v in vars(gc).values() if type(v) is type(len)]))
r = weakref.ref(gc, lambda w: print("old gc module freed"))
del sys.modules['gc']
del gc
# only its functions (and our `collect`) keep the old module alive now
print(r() is not None, sys.getrefcount(r()) - 1)
collect()
print("still alive:", r() is not None)
del collect
print("after del:", r() is not None)
import gc
print(r() is gc)
gc.collect()
print("after a collection:", r())
print(gc.collect.__self__ is gc, sys.getrefcount(gc))
