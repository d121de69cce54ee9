# type.__init__ (type_init) only checks its arguments: 1 or 3 positional ones, keywords only with 3. A
# metaclass __init__ that calls super().__init__(name, bases, ns) reaches it.
for args, kw in [((), {}), ((1,), {}), ((1, 2), {}), (('x', (), {}), {}), (('x', (), {}, 5), {}),
                 ((), {'k': 1}), (('x',), {'k': 1}), (('x', (), {}), {'k': 1})]:
    try:
        print(len(args), sorted(kw), type.__init__(int, *args, **kw))
    except TypeError as e:
        print(len(args), sorted(kw), type(e).__name__, e)


class Meta(type):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        print('Meta.__init__', name, sorted(ns), kw)

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)


class A(metaclass=Meta):
    x = 1


class B(A, flag=True):
    pass


C = Meta('C', (A,), {'y': 2})
print(type(C).__name__, C.__mro__[1].__name__, C.y, C.x)
try:
    Meta('D', (), {}, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(type.__dict__['__init__'], type.__init__ is object.__init__)
