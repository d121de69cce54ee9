# inspect: type predicates, getmembers, cleandoc/getdoc, isabstract, unwrap.
import inspect, functools
def f(): pass
def g(): yield
async def c(): pass
async def ag(): yield
class K:
    def m(self): pass
    @property
    def p(self): return 1
    __slots__ = ('s',)
print(inspect.isgeneratorfunction(g), inspect.isgeneratorfunction(f), inspect.isgenerator(g()), inspect.iscoroutinefunction(c), inspect.isasyncgenfunction(ag))
print(inspect.isfunction(f), inspect.isfunction(len), inspect.isbuiltin(len), inspect.isroutine(len), inspect.isroutine(K.m), inspect.ismethod(K().m), inspect.isclass(K), inspect.ismodule(inspect))
print(inspect.isdatadescriptor(K.p), inspect.ismemberdescriptor(K.s), inspect.ismethoddescriptor(str.join), inspect.iscode(f.__code__))
print(inspect.isgeneratorfunction(functools.partial(g)))
print([n for n, v in inspect.getmembers(K) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(K, inspect.isfunction)])
print(inspect.cleandoc("""
    Hello
      world
    """))
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def x(self): ...
print(inspect.isabstract(A), inspect.isabstract(K))
def deco(fn):
    @functools.wraps(fn)
    def w(*a): return fn(*a)
    return w
print(inspect.unwrap(deco(f)) is f, inspect.getdoc(deco))
