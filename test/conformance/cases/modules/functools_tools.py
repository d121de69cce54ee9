# functools: reduce, partial, total_ordering, cmp_to_key, cached_property, singledispatch.
import functools
from functools import reduce, partial
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1), reduce(max, [3, 9, 2]), reduce(lambda acc, s: acc + s[0], ["ab", "cd"], ""))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
base2 = partial(int, base=2)
print(base2("1010"), base2("11", base=10), base2.func is int, base2.args, base2.keywords)
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(9), cube_mod(4), partial(partial(power, 2), 10)(), repr(partial(power, 2, mod=5)).startswith("functools.partial(<function power"))
@functools.total_ordering
class Grade:
    order = "FDCBA"
    def __init__(self, g):
        self.g = g
    def __eq__(self, o):
        return self.g == o.g
    def __lt__(self, o):
        return self.order.index(self.g) < self.order.index(o.g)
    def __repr__(self):
        return self.g
gs = [Grade("B"), Grade("F"), Grade("A")]
print(sorted(gs), Grade("A") > Grade("B"), Grade("C") >= Grade("C"), Grade("D") <= Grade("F"))
def compare(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or ((a > b) - (a < b))
print(sorted(["ccc", "a", "bb", "aa", "b"], key=functools.cmp_to_key(compare)))
class Data:
    def __init__(self, n):
        self.n = n
        self.computed = 0
    @functools.cached_property
    def total(self):
        self.computed += 1
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total, d.computed, "total" in vars(d))
@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(5), describe([1, 2]), describe("s"), describe(True))
