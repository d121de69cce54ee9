# gc.is_tracked across object kinds: atomic objects are never tracked; containers, functions, classes,
# instances, generators and bound methods are.
import gc


class C:
    def m(self):
        pass


class S:
    __slots__ = ()


def f():
    yield 1


gc.collect()
values = [
    ("int", 10**20),
    ("str", "abc" * 3),
    ("bytes", b"xy"),
    ("float", 2.5),
    ("None", None),
    ("list", []),
    ("set", set()),
    ("frozenset", frozenset()),
    ("frozenset of ints", frozenset({1, 2})),
    ("function", f),
    ("class", C),
    ("instance", C()),
    ("slotted instance", S()),
    ("generator", f()),
    ("bound method", C().m),
    ("lambda", lambda: 0),
    ("range", range(3)),
    ("slice", slice(1, 2)),
    ("bytearray", bytearray(b"a")),
]
for name, v in values:
    print(name, gc.is_tracked(v))
