# Operations on the __dict__ of instances of classes derived from builtin types (split or combined as CPython
# makes them): vars(), deleting attributes, assigning __dict__, non-str and str-subclass keys, clear/popitem,
# refcounts, GC tracking and referents, dir() (which reads __dict__), copies, exceptions' own dict slot.
import sys, gc, copy

class L(list): pass
class I(int): pass
class D(dict): pass
class T(tuple): pass
class E(Exception): pass
class P: pass
class MyStr(str): pass

ARGS = {I: (5,), T: ((1, 2),)}

def make(cls):
    return cls(*ARGS.get(cls, ()))

for cls in (L, I, D, T, E, P):
    name = cls.__name__
    o = make(cls)
    o.a = 1
    o.b = []
    d = vars(o)
    print(name, 'vars', d is o.__dict__, sys.getsizeof(d), gc.is_tracked(d), sys.getrefcount(d), list(d))
    del o.b
    print(name, 'del', sys.getsizeof(d), list(d), gc.is_tracked(d))
    try:
        del o.b
    except AttributeError as e:
        print(name, 'AttributeError', e)
    o.b = 2
    o.c = 3
    print(name, 're-add', sys.getsizeof(d), list(d), o.b, o.c)
    print(name, 'referents', any(r is d for r in gc.get_referents(o)))
    o.__dict__ = {'m': 1}
    print(name, 'assigned', o.m, sys.getrefcount(d), sys.getsizeof(o.__dict__), list(d))
    try:
        o.__dict__ = 5
    except TypeError as e:
        print(name, 'TypeError', e)

    o = make(cls)
    o.a = 1
    o.__dict__[5] = 'five'
    print(name, 'int key', sys.getsizeof(o.__dict__), list(o.__dict__), o.a)
    o = make(cls)
    o.a = 1
    setattr(o, MyStr('s'), 2)
    print(name, 'str subclass key', sys.getsizeof(o.__dict__), list(o.__dict__), o.s)
    o = make(cls)
    o.a = 1
    o.b = 2
    o.__dict__.clear()
    print(name, 'clear', sys.getsizeof(o.__dict__), hasattr(o, 'a'))
    o.q = 1
    print(name, 'after clear', sys.getsizeof(o.__dict__), list(o.__dict__))
    o = make(cls)
    o.a = 1
    o.b = 2
    print(name, 'popitem', o.__dict__.popitem(), sys.getsizeof(o.__dict__))

    o = make(cls)
    names = dir(o)
    o.a = 1
    print(name, 'dir first', sys.getsizeof(o.__dict__), 'a' in dir(o))

    o = make(cls)
    o.a = 1
    c = copy.copy(o)
    print(name, 'copy', c.a, sys.getsizeof(c.__dict__), list(c.__dict__))
    e = make(cls)
    print(name, 'empty vars', vars(e), sys.getsizeof(vars(e)))
