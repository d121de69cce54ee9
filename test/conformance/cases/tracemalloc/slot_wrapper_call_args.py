# Calling a slot wrapper (object.__setattr__, int.__add__) or a method-wrapper packs the arguments in a tuple
# (no vectorcall: _PyObject_MakeTpCall), and a slot wrapper passes the wrapped slot a second tuple without
# self: new blocks traced right after gc.collect() emptied the tuple freelists.
import tracemalloc, gc
class A:
    pass
a = A()
def traced(f):
    gc.collect()
    tracemalloc.start()
    f()
    r = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return r
print("method-wrapper", traced(lambda: a.__setattr__("x", 1)))
print("slot wrapper", traced(lambda: object.__setattr__(a, "y", 2)))
print("binary", traced(lambda: int.__add__(3, 4)))
print("self only", traced(lambda: object.__init__(a)))
print("inherited", traced(lambda: A.__init__(a)))
print("bound", traced(lambda: a.__eq__(a)))
try:
    object.__setattr__()
except TypeError as e:
    print(e)
try:
    int.__add__("s", 1)
except TypeError as e:
    print(e)
print(a.x, a.y)
