# References to the arguments while a call with keyword arguments runs: slot __init__ (type_call ->
# _PyObject_Call_Prepend) and PyObject_Call with a dict (f(*t, **d) on a bound method or a class) unpack the
# keywords with _PyStack_UnpackDict, whose stack holds its own references to self, the positional arguments
# and the keyword values; a class called with f(*t, **d) gets CALL_FUNCTION_EX's tuple and dict themselves.
import sys

o = object()


class C:
    def __init__(self, x, y=0):
        self.x_refs = sys.getrefcount(x)
        self.self_refs = sys.getrefcount(self)

    def m(self, x, y=0):
        return sys.getrefcount(x), sys.getrefcount(self)


def init_refs(c):
    return c.x_refs, c.self_refs


print("init positional", init_refs(C(o)))
print("init keyword", init_refs(C(x=o)))
print("init both", init_refs(C(o, y=1)))
print("init star", init_refs(C(*(o,))))
print("init dstar", init_refs(C(**{"x": o})))
print("init star dstar", init_refs(C(*(o,), **{"y": 1})))
args = (o,)
kwargs = {"x": o}
print("init names", init_refs(C(*args)), init_refs(C(**kwargs)), init_refs(C(*args, **{"y": 2})))

c = C(1)
print("method positional", c.m(o))
print("method keyword", c.m(x=o), c.m(o, y=1))
print("method star", c.m(*(o,)))
print("method dstar", c.m(**{"x": o}))
print("method star dstar", c.m(*(o,), **{"y": 1}))
print("method names", c.m(*args), c.m(**kwargs))


class E(Exception):
    def __init__(self, a, b=None):
        super().__init__(a)
        self.refs = sys.getrefcount(a)


print("exception", E(o).refs, E(o, b=1).refs, E(**{"a": o}).refs, E(*(o,), **{"b": 2}).args == (o,))
print("dict", sys.getrefcount(dict(**{"k": o})["k"]), sys.getrefcount(o))
