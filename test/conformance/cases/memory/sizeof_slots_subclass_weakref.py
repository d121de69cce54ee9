# A __slots__ subclass of a class whose __slots__ has __weakref__: 3.12+ keep the weakref in the
# pre-header (managed weakref), inherited by the subclass, which sys.getsizeof counts.
import sys


class Base:
    __slots__ = ("tag", "link", "__weakref__")


class Child(Base):
    __slots__ = ("extra",)


class Empty(Base):
    __slots__ = ()


class WithDict(Base):
    pass


print(sys.getsizeof(Base()), sys.getsizeof(Child()), sys.getsizeof(Empty()), sys.getsizeof(WithDict()))
print(Base.__basicsize__, Child.__basicsize__, Empty.__basicsize__, Child.__weakrefoffset__ == Base.__weakrefoffset__)
