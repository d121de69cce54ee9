# PEP 560 __mro_entries__: non-class bases are replaced before the metaclass runs; __orig_bases__ keeps them.
class Base:
    def __init__(self, origin):
        self.origin = origin

    def __mro_entries__(self, bases):
        print("mro_entries called with", len(bases), "bases")
        return (self.origin,)


class Gen:
    def __class_getitem__(cls, params):
        return Base(cls)


class IO(Gen[str]):
    pass


print(IO.__mro__, IO.__orig_bases__[0].origin is Gen, IO.__bases__)


class Plain(Gen):
    pass


print('__orig_bases__' in Plain.__dict__)


class Drop:
    def __mro_entries__(self, bases):
        return ()


class Empty(Drop()):
    pass


print(Empty.__bases__, type(Empty.__orig_bases__[0]).__name__)


class Bad:
    def __mro_entries__(self, bases):
        return [object]


try:
    class X(Bad()):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("Y", (Base(int),), {})
except TypeError as e:
    print(type(e).__name__, e)
