# The attributes of member and getset descriptors (descrobject.c): __objclass__, __name__, __qualname__,
# __doc__, member_descriptor.__reduce__, and descr_check's TypeError for an instance of another class.
import types

class A:
    __slots__ = ('x', '__dict__', '__weakref__')
class B(A):
    class Inner(list):
        __slots__ = ('deep',)

for d in (A.x, A.__dict__['__dict__'], A.__dict__['__weakref__'], B.Inner.deep, int.real,
          type.__dict__['__dict__'], types.FunctionType.__dict__['__code__']):
    print(type(d).__name__, d.__name__, d.__qualname__, d.__objclass__.__name__, repr(d.__doc__), repr(d))

print(A.x.__reduce__() == (getattr, (A, 'x')), B.Inner.deep.__reduce__()[1][1])
try:
    int.real.__reduce__()
except TypeError as e:
    print(e)
try:
    A.x.__reduce__(1)
except TypeError as e:
    print(e)

for d, obj in ((A.x, 1), (A.__dict__['__dict__'], 1), (A.__dict__['__weakref__'], []), (B.Inner.deep, []), (int.real, 'a')):
    try:
        d.__get__(obj)
    except TypeError as e:
        print('get:', e)
    try:
        d.__set__(obj, 1)
    except (TypeError, AttributeError) as e:
        print('set:', type(e).__name__, e)

b = B()
b.x = 1
print(A.x.__get__(b), A.__dict__['__dict__'].__get__(b), A.x.__get__(None, A) is A.x)
