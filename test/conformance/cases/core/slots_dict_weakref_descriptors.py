# Which of __dict__ / __weakref__ a class adds (type_new_descriptors: add_dict, add_weak) shows in its
# __dict__ and in its reference count (each getset descriptor holds the class); __slots__ naming one its
# base already has is an error.
import sys
class A: __slots__=('__weakref__',)
class B: __slots__=('__dict__',)
class C: __slots__=('__dict__','__weakref__')
class D: pass
class F(A): pass
class G(B): pass
for k in (A,B,C,D,F,G): print(k.__name__, [n for n in ('__dict__','__weakref__') if n in k.__dict__], sys.getrefcount(k))
try:
    class E(D): __slots__ = ("__weakref__",)
except TypeError as e: print(e)
for bases, slots in (((), ('__dict__', '__dict__')), ((), ('__weakref__', '__weakref__')), ((C,), ('__dict__',)), ((Exception,), ('__weakref__',)), ((A,), ('x', '__weakref__'))):
    try:
        k = type('K', bases, {'__slots__': slots})
        print('ok', [n for n in ('__dict__', '__weakref__') if n in k.__dict__])
    except TypeError as e:
        print('TypeError', e)
