# sys.getsizeof of builtin exceptions and of instances of classes derived from them: a heap subclass of
# BaseException's family gets a __weakref__ slot (3.11: in the object; 3.12+: a managed weakref in the
# pre-header) unless __slots__ leaves it out.
import sys
import weakref

for c in (BaseException, Exception, ValueError, KeyError, StopIteration, SystemExit, NameError,
          AttributeError, OSError, FileNotFoundError, SyntaxError, IndentationError, UnicodeError):
    print(c.__name__, c.__basicsize__, sys.getsizeof(c()))
print('UnicodeDecodeError', UnicodeDecodeError.__basicsize__,
      sys.getsizeof(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')))


class Plain(Exception):
    pass


class Slotted(ValueError):
    __slots__ = ()


class WithWeakref(KeyError):
    __slots__ = ('__weakref__',)


class Deeper(Plain):
    pass


class MyOSError(OSError):
    pass


for c in (Plain, Slotted, WithWeakref, Deeper, MyOSError):
    e = c()
    print(c.__name__, c.__basicsize__, sys.getsizeof(e), c.__weakrefoffset__ != 0, c.__dictoffset__)

r = weakref.ref(Plain('x'))
print(r() is None)
try:
    weakref.ref(Slotted())
except TypeError as err:
    print('TypeError', err)
