# __slots__ naming '__dict__' and '__weakref__' next to ordinary slots on classes over builtin types:
# the layout each version gives them (__basicsize__, __dictoffset__, __weakrefoffset__, getsizeof),
# which combinations a base refuses, and the order weakref callbacks and slot values go in.
import sys, weakref, gc
gc.collect()

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('  del', self.name)

for base in (list, dict, set, float, bytearray, Exception, object):
    for sl in (('x',), ('x', '__dict__'), ('x', '__weakref__'), ('x', '__dict__', '__weakref__')):
        try:
            C = type('C', (base,), {'__slots__': sl})
        except TypeError as e:
            print(base.__name__, sl, 'TypeError:', e)
            continue
        o = C()
        print(base.__name__, sl, C.__basicsize__, C.__dictoffset__, C.__weakrefoffset__, sys.getsizeof(o), o.__sizeof__(),
              list(C.__dict__)[1:])
        o.x = Noisy(base.__name__ + ' slot')
        if '__dict__' in sl:
            o.attr = Noisy(base.__name__ + ' dict value')
            print('  dict', list(o.__dict__))
        if '__weakref__' in sl or base in (set,):
            r = weakref.ref(o, lambda r, n=base.__name__: print('  callback', n))
            print('  weakref alive', r() is o)
        del o

print('twice:')
class W(list):
    __slots__ = ('__weakref__',)
try:
    class W2(W):
        __slots__ = ('__weakref__',)
except TypeError as e:
    print(e)
class Dd(dict):
    __slots__ = ('__dict__',)
try:
    class Dd2(Dd):
        __slots__ = ('__dict__',)
except TypeError as e:
    print(e)
class Sub(Dd):
    __slots__ = ('y',)
s = Sub()
s.y = 1
s.z = 2
print(Sub.__basicsize__, sys.getsizeof(s), s.__dict__, s.y)
