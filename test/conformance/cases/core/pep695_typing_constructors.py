# typing.TypeVar / ParamSpec / TypeVarTuple / TypeAliasType constructors (C types on 3.12+) and their errors;
# iterating a generic alias gives the starred alias used by *Ts defaults and tuple unpacking.
import typing

for f, kw in [(typing.TypeVar, {"name": "X", "bogus": 1}), (typing.ParamSpec, {"name": "P", "bogus": 1}),
              (typing.TypeVarTuple, {"name": "Ts", "bogus": 1}),
              (typing.TypeAliasType, {"name": "A", "value": 1, "bogus": 1})]:
    try:
        f(**kw)
    except TypeError as e:
        print(e)
for args in [(), (1,)]:
    for f in (typing.TypeVar, typing.ParamSpec, typing.TypeVarTuple):
        try:
            f(*args)
        except TypeError as e:
            print(e)
try:
    typing.TypeAliasType("A", int, type_params=[1])
except TypeError as e:
    print(e)
A = typing.TypeAliasType("A", list[int])
print(A, A.__value__, A.__module__, A.__type_params__, type(A).__name__)
it = iter(tuple[int, str])
print(type(it).__name__, list(it), list(it))
(s,) = tuple[int]
print(s, s.__unpacked__, tuple[int].__unpacked__, s == tuple[int], s.__origin__, s.__args__)
print([*list[str]])
