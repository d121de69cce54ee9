# Static types' counts (3.11: the references the whole interpreter holds; 3.12+: immortal): a class derived
# from one holds it as its base, in its bases and in its MRO until the class is collected.
import gc
import sys

print(sys.getrefcount(int), sys.getrefcount(str), sys.getrefcount(list), sys.getrefcount(dict), sys.getrefcount(object))
print(sys.getrefcount(ValueError), sys.getrefcount(Exception), sys.getrefcount(KeyError), sys.getrefcount(float))


class Number(int):
    pass


class Problem(ValueError):
    pass


kinds = [type(5), type(2.5), type("s")]
print(sys.getrefcount(int), sys.getrefcount(ValueError), sys.getrefcount(float), sys.getrefcount(str))
del Number, Problem, kinds
gc.collect()
print(sys.getrefcount(int), sys.getrefcount(ValueError), sys.getrefcount(float), sys.getrefcount(str))
