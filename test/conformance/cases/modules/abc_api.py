# abc's API over the native _abc: abstract methods, instantiation errors, update_abstractmethods, the helpers
import abc, _abc, io, sys, gc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...


class Square(Shape):
    def area(self):
        return 4


print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__))
for cls in (Shape, Square):
    try:
        cls()
    except TypeError as e:
        print(e)


class Full(Square):
    name = 'full'

    @classmethod
    def make(cls):
        return cls()


print(Full.__abstractmethods__, type(Full.__abstractmethods__).__name__, Full.make().area())

# update_abstractmethods after the class changed
Full.area = abstractmethod(lambda self: 0)
print(sorted(Full.__abstractmethods__))
abc.update_abstractmethods(Full)
print(sorted(Full.__abstractmethods__))
try:
    Full()
except TypeError as e:
    print(e)
print(abc.update_abstractmethods(int) is int)


class Old(metaclass=ABCMeta):
    @abc.abstractproperty
    def p(self):
        ...

    @abc.abstractclassmethod
    def c(cls):
        ...

    @abc.abstractstaticmethod
    def s():
        ...


print(sorted(Old.__abstractmethods__))
print(ABC.__slots__, ABC.__abstractmethods__, type(ABC), ABCMeta.__module__, ABC.__module__)
print(type(abc.get_cache_token()).__name__, abc.get_cache_token() == _abc.get_cache_token())
print(sorted(n for n in dir(_abc) if not n.startswith('__')))
impl = Shape._abc_impl
print(type(impl).__name__, type(impl).__module__, sys.getsizeof(impl), gc.is_tracked(impl))
print(len(gc.get_referents(impl)), gc.get_referents(impl)[0] is type(impl))
reg, cache, neg, version = _abc._get_dump(Shape)
print(type(reg).__name__, len(reg), len(cache), len(neg), version == abc.get_cache_token())
out = io.StringIO()
Shape._dump_registry(out)
print(out.getvalue().splitlines()[0], len(out.getvalue().splitlines()))
for args in ((), (Shape, 1)):
    try:
        _abc._abc_init(*args)
    except TypeError as e:
        print(e)
try:
    _abc._abc_register(Shape)
except TypeError as e:
    print(e)
try:
    _abc._abc_instancecheck(1, 2)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)


class Bad(metaclass=ABCMeta):
    pass


Bad._abc_impl = 1
try:
    isinstance(1, Bad)
except TypeError as e:
    print(e)
data = type(Shape._abc_impl)()
print(type(data).__name__, type(data).__doc__, _abc.__doc__)
try:
    _abc.get_cache_token(1)
except TypeError as e:
    print(e)
