# 3.13 specializes a CALL of a class with a plain Python __init__ (CALL_ALLOC_AND_ENTER_INIT) from its second
# execution on: no type_call argument tuple, the arguments move from the caller's stack into __init__'s frame.
# Visible in refcounts inside __init__, gc.get_count() and tracemalloc; a modified class, another class at the
# same site, a metaclass, *args, defaults, __slots__ or __new__ keep (or send back) the generic call.
import gc
import sys
import tracemalloc

o = object()


class C:
    def __init__(self, x):
        self.r = sys.getrefcount(x)


class D:
    def __init__(self, x):
        self.r = sys.getrefcount(x)


def make(k):
    return k(o).r


print("repeat", [C(o).r for _ in range(4)])
print("one site, two classes", [make(C) for _ in range(3)], [make(D) for _ in range(5)], [make(C) for _ in range(3)])
alternating = []
for i in range(70):
    alternating.append(make(D) if i % 2 else make(C))
print("alternating", alternating)


class Counted:
    n = 0

    def __init__(self, x):
        self.r = sys.getrefcount(x)
        Counted.n += 1


print("class modified by __init__", [Counted(o).r for _ in range(4)])


class M(type):
    pass


class WithMeta(metaclass=M):
    def __init__(self, x):
        self.r = sys.getrefcount(x)


class Defaults:
    def __init__(self, x, y=1):
        self.r = sys.getrefcount(x)


class Star:
    def __init__(self, *a):
        self.r = sys.getrefcount(a[0])


class Slots:
    __slots__ = ("r",)

    def __init__(self, x):
        self.r = sys.getrefcount(x)


class New:
    def __new__(cls, x):
        return object.__new__(cls)

    def __init__(self, x):
        self.r = sys.getrefcount(x)


class Sub(C):
    pass


class DictSub(dict):
    def __init__(self, x):
        self.r = sys.getrefcount(x)


for k in (WithMeta, Defaults, Star, Slots, New, Sub, DictSub):
    print(k.__name__, [k(o).r for _ in range(3)])
print("keywords", [C(x=o).r for _ in range(3)])


class Six:
    def __init__(self, a, b, c, d, e, f):
        self.r = sys.getrefcount(a)


print("six arguments", [Six(o, 2, 3, 4, 5, 6).r for _ in range(3)])


class Self:
    def __init__(self, x):
        self.r = sys.getrefcount(self), sys.getrefcount(Self)


print("self and class", [Self(o).r for _ in range(3)])


class Bad:
    def __init__(self, x):
        return x


class Raises:
    def __init__(self, x):
        raise ValueError(x)

    def __del__(self):
        print("del Raises")


for i in range(3):
    try:
        Bad(5)
    except TypeError as e:
        print("bad", i, e)
    try:
        Raises(i)
    except ValueError as e:
        print("raises", i, e, e.__traceback__.tb_next.tb_frame.f_code.co_name)


class Replaced:
    def __init__(self, x):
        Replaced.__init__ = lambda self, x: None
        self.r = sys.getrefcount(x)


print("replaced __init__", [getattr(Replaced(o), "r", None) for _ in range(3)])


class Q:
    def __init__(self, x):
        self.x = x


gc.collect()
counts = []
for i in range(5):
    c0 = gc.get_count()
    q = Q(i)
    counts.append((c0[0], gc.get_count()[0]))
print("gc counts", counts)
tracemalloc.start()
sizes = []
for i in range(4):
    m0 = tracemalloc.get_traced_memory()[0]
    q = Q(i)
    sizes.append(tracemalloc.get_traced_memory()[0] - m0)
tracemalloc.stop()
print("tracemalloc", sizes)
