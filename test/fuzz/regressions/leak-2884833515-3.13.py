# fuzz regression: property=leak kind=mutated seed=2884833515 version=3.13
# from: modules/operator_c_module (delete-line, delete-line)
# problem when found:
#   1 object(s) still alive after shutdown with nothing left to free them; e.g. tuple (refcount 1)
# operator: the C module _operator behind it (types, reprs, sizes, results, errors, refcounts)
import sys
import operator
import _operator

print(type(operator.add).__name__, operator.add, operator.add.__module__, operator.add.__self__ is _operator)

# results
class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.me = self

    def greet(self, greeting, punct='!'):
        return greeting + ', ' + self.name + punct

people = [P('bo', 31), P('al', 25), P('cy', 40)]
lst = [1]
print(operator.iadd(lst, [2]) is lst, lst, operator.iconcat(lst, (3,)) is lst, lst, operator.iadd(1, 2), operator.imul('a', 3))
print(operator.isub(5, 1), operator.ifloordiv(7, 2), operator.itruediv(1, 4), operator.imod(7, 4), operator.ipow(3, 3),
      operator.ilshift(1, 3), operator.irshift(8, 1), operator.iand(7, 2), operator.ior(4, 1), operator.ixor(5, 1))
d = {}
operator.setitem(d, 'a', 1)
print(operator.itemgetter(1).__reduce__(), operator.itemgetter(1, 2).__reduce__())
print(operator.attrgetter('a.b', 'c').__reduce__())
print(operator.methodcaller('f', 1).__reduce__(), operator.methodcaller('f', 1, k=2).__reduce__())

def err(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
