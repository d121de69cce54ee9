# object(): base behaviour, default methods, no instance attributes.
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), hash(o) == hash(o), bool(o), str(o) == repr(o))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__name__, object.__bases__, object.__mro__, sorted(n for n in dir(object) if n in ("__eq__", "__hash__", "__init__", "__new__", "__repr__", "__str__")))
class K:
    pass
k = K()
print(k.__eq__(k), k.__eq__(1), k.__ne__(1), k.__lt__(k), object.__eq__(1, 1))
print(k.__str__() == k.__repr__(), k.__format__("") == str(k), type(k.__sizeof__()).__name__, k.__class__.__name__)
try:
    format(k, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__new__(K).__class__.__name__, k.__reduce_ex__(2)[0].__name__ if False else "skip")
