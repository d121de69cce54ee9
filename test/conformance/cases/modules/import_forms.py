# import statement forms: import, from-import, aliases, module attributes, ImportError messages.
import math
import math as m
from math import sqrt, pi as PI
from collections import *
import collections.abc
print(m is math, sqrt(9), PI, OrderedDict.__name__, deque.__name__, collections.abc.Sequence.__name__)
print(math.__name__, type(math).__name__, "sqrt" in dir(math), hasattr(collections, "Counter"))
import sys
print("math" in sys.modules, sys.modules["math"] is math)
try:
    import this_module_does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
try:
    import math.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
def local_import():
    import heapq
    return heapq.nsmallest(1, [3, 1])
print(local_import(), "heapq" in dir())
print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping), issubclass(dict, collections.abc.MutableMapping), isinstance(iter([]), collections.abc.Iterator))
