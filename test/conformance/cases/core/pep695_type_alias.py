# PEP 695 `type` statements: lazily evaluated TypeAliasType objects.
import sys
import typing

type Simple = int | str
print(Simple, type(Simple), Simple.__name__, Simple.__value__, Simple.__type_params__, Simple.__parameters__)
print(Simple.__module__, type(Simple) is typing.TypeAliasType)

type Alias[K] = dict[K, int]
print(Alias, Alias.__value__, Alias.__type_params__, Alias.__parameters__, Alias[str])
print(Alias[str].__origin__ is Alias, Alias[str].__args__)

type Rec = list[Rec]
print(Rec.__value__)

type Lazy = Undefined
try:
    Lazy.__value__
except NameError as e:
    print("NameError:", e)
Undefined = float
print(Lazy.__value__)

calls = []
def compute():
    calls.append(1)
    return bytes

type Once = compute()
print(len(calls), Once.__value__, Once.__value__, len(calls))

class C:
    type In = int
    attr = str
    type UsesAttr = attr

print(C.In, C.In.__value__, C.UsesAttr.__value__)

def f():
    local = bytes
    type Inner = local
    return Inner

print(f().__value__)
try:
    Simple[int]
except TypeError as e:
    print("TypeError:", e)

T = typing.TypeAliasType("T", int)
print(T, T.__value__, T.__module__, T.__type_params__)
print(sys.getsizeof(Simple))
print(Simple.__reduce__())
