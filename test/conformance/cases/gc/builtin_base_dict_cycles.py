# A class over a builtin base that has an instance dict of its own (functools.partial, random.Random, an
# exception): the base's tp_traverse visits the dict and subtype_traverse does not visit it again
# (gc.get_referents lists it once), and a cycle through the instance's dict is collected.
import functools
import gc
import random

gc.collect()


class P(functools.partial):
    pass


class R(random.Random):
    pass


class Err(ValueError):
    pass


for make in (lambda: P(print, 1), lambda: R(1), lambda: Err(3)):
    o = make()
    o.items = [o]
    print(type(o).__name__, sorted(type(x).__name__ for x in gc.get_referents(o)), gc.collect())
    del o
    print(gc.collect())
