# types.UnionType, types.GenericAlias and generic_alias_iterator are types like any other: vars(),
# __mro__, __module__ and the instance layout can be read (an engine crash before: they had no type dict).
import sys
import types

u = int | str
g = list[int]
it = iter(tuple[int, str])
for t in (type(u), type(g), type(it)):
    d = vars(t)
    print(t.__name__, t.__module__, t.__qualname__, [c.__name__ for c in t.__mro__])
    print('  basicsize', t.__basicsize__, 'itemsize', t.__itemsize__, 'gc', bool(t.__flags__ & (1 << 14)))
    print('  has __doc__:', '__doc__' in d, 'mappingproxy:', type(d).__name__)
print(type(u) is types.UnionType, type(g) is types.GenericAlias)
print(sys.getsizeof(u), sys.getsizeof(g), sys.getsizeof(it))
print('__or__' in vars(types.UnionType), '__origin__' in dir(g), '__args__' in dir(u))
print(types.UnionType in type.__subclasses__(object), types.GenericAlias in object.__subclasses__())
