# fuzz regression: property=traced kind=mutated seed=839192641 version=3.11
# from: modules/abc_api (delete-line)
# problem when found:
#   audit: <type at 0x55d4a3c325d0>: 5 references found, refcount 4
#   <type at 0x55d4a3c329a0>: 5 references found, refcount 4
# abc's API over the native _abc: abstract methods, instantiation errors, update_abstractmethods, the helpers
import abc, _abc, io, sys, gc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
        ...


class Square(Shape):
    def area(self):
        return 4
        ...

    @abc.abstractstaticmethod
    def s():
        ...

for args in ((), (Shape, 1)):
    try:
        _abc._abc_init(*args)
    except TypeError as e:
        print(e)
try:
    _abc._abc_register(Shape)
except TypeError as e:
    print(e)
