# A class deriving from a native type (BytesIO, StringIO, _IOBase, SimpleNamespace, deque, partial, ...): each
# instance holds one reference to its class (PyType_GenericAlloc), released once by subtype_dealloc after the
# base's dealloc (its tp_free keeps the type). Then the fuzz case: a BytesIO subclass whose close() does not
# call super().close(), one instance deleted (finalized from dealloc), one in a cycle alive at exit (finalized
# by the shutdown collection, then freed with its buffer, the shared constant).
import sys, io, _io, gc, types, collections, functools, itertools, random, array

def build(base):
    if base is functools.partial:
        return lambda C: C(print)
    if base is itertools.count:
        return lambda C: C(3)
    if base is array.array:
        return lambda C: C('i', [1, 2])
    return lambda C: C()

bases = [('BytesIO', io.BytesIO), ('StringIO', io.StringIO), ('_IOBase', _io._IOBase), ('_RawIOBase', _io._RawIOBase),
         ('SimpleNamespace', types.SimpleNamespace), ('deque', collections.deque), ('defaultdict', collections.defaultdict),
         ('OrderedDict', collections.OrderedDict), ('partial', functools.partial), ('count', itertools.count),
         ('Random', random.Random), ('array', array.array), ('list', list)]
for name, base in bases:
    class C(base):
        pass
    make = build(base)
    r0 = sys.getrefcount(C)
    xs = [make(C) for _ in range(3)]
    r1 = sys.getrefcount(C)
    del xs
    r2 = sys.getrefcount(C)
    y = make(C)
    y.me = y
    del y
    gc.collect()
    print(name, r1 - r0, r2 - r0, sys.getrefcount(C) - r0)

class MyB(io.BytesIO):
    def close(self):
        print('closing', self.getvalue())

b = MyB(b'abc')
b.me = b
v = MyB(b'viewed')
r = sys.getrefcount(MyB)
del v
print('v deleted', sys.getrefcount(MyB) - r)
