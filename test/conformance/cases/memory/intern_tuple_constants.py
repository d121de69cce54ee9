# Code creation interns identifier-like str constants nested in constant tuples too (intern_string_constants
# recurses into tuples): a __slots__ name is the same object as the attribute name in a method, tuple
# items are interned (immortal on 3.12; 3.13 interns constants mortal unless a name made them immortal).
import sys


class Order:
    __slots__ = ("oid", "city_name")

    def __init__(self, oid):
        self.oid = oid


names = Order.__init__.__code__.co_names
print(names, names[0] is Order.__slots__[0], sys.getrefcount(Order.__slots__[1]) > 1000)
t = ("abc_first_1", ("nested_name_2", "not an identifier"), 5)


def f():
    return x.abc_first_1, x.nested_name_2, x.some_attribute


fn = f.__code__.co_names
print(fn, fn[1] is t[0], fn[2] is t[1][0], sys.getrefcount(t[1][0]) > 1000, sys.getrefcount(t[1][1]))

ns = {}
exec(compile("k = ('abc_first_1', ('some_attribute', 'fresh_ident_3'), 'x y')\n", "<s>", "exec"), ns)
k = ns["k"]
print(k[0] is t[0], k[1][0] is fn[3], sys.intern("fresh_ident_3") is k[1][1], sys.getrefcount(k[1][1]) > 1000)


# the member descriptor's key in the class dict is the interned slot name (mortal on 3.11 and 3.13)
class Folded:
    __slots__ = ("oid_zz" + "q", "city_zz" + "q")


key = [k for k in Folded.__dict__ if k == "city_zzq"][0]
print(sys.getrefcount(key) > 1000, key is Folded.__slots__[1], sys.intern(key) is key)
