# types.GenericAlias(origin, args): what a class's `__class_getitem__ = classmethod(GenericAlias)` calls
import types
import contextlib

for args, kwargs in (((list,), {}), ((list, int), {'x': 1}), ((list, int, 3), {}), ((list, int), {})):
    try:
        print(repr(types.GenericAlias(*args, **kwargs)))
    except TypeError as e:
        print('TypeError:', e)
g = types.GenericAlias(dict, (str, int))
print(g, g.__origin__, g.__args__, g == dict[str, int], types.GenericAlias(tuple, ()).__args__)

class Box:
    __class_getitem__ = classmethod(types.GenericAlias)

print(Box[int], Box[int, str].__args__, contextlib.AbstractContextManager[int])
