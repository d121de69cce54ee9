# type(): of values, three-argument form, type of type, __class__.
values = [1, 1.0, 1j, True, None, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), range(1), slice(1), len, print, type, object(), iter([]), (x for x in []), lambda: 0, NotImplemented, Ellipsis]
print([type(v).__name__ for v in values])
print(type(1) is int, type(True) is bool, type(type) is type, type(object) is type, type(int).__name__, (5).__class__.__name__)
Dyn = type("Dyn", (object,), {"x": 1, "hello": lambda self: f"hi from {type(self).__name__}"})
d = Dyn()
print(Dyn.__name__, Dyn.x, d.hello(), type(d) is Dyn, Dyn.__bases__, Dyn.__module__)
Sub = type("Sub", (Dyn,), {})
print(Sub().hello(), Sub.__mro__[1].__name__, issubclass(Sub, Dyn))
class K:
    pass
k = K()
print(type(k).__name__, k.__class__ is K, type(K).__name__, type(K) is type, K.__class__.__name__)
k.__class__ = type("Other", (), {})
print(type(k).__name__)
print(str(int), repr(str), str(K), repr(type(None)), str(type(len)), str(type(k)))
for bad in (lambda: type(), lambda: type("A", (), {}, 1), lambda: type("A", 1, {}), lambda: type(1, (), {})):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
