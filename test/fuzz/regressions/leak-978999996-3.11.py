# fuzz regression: property=leak kind=mutated seed=978999996 version=3.11
# from: memory/operator_c_types (duplicate-line)
# problem when found:
#   2 object(s) still alive after shutdown with nothing left to free them; e.g. tuple (refcount 1), tuple (refcount 1)
import operator
class K:
    def m(self, *a, **k):
        return (a, k)
mc = operator.methodcaller('m', 1, z=2)
print(mc.__reduce__()[1])
