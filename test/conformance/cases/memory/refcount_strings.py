# sys.getrefcount of interned and non-interned strings, sys.intern, identifier constants.
import sys

IMMORTAL = 2**32 - 1
ident = "some_identifier_xyz"
print("identifier-like constant:", sys.getrefcount(ident))
spaced = "has spaces in it"
print("constant with spaces:", sys.getrefcount(spaced))
built = "".join(["built", "_", "runtime"])
print("string built at run time:", sys.getrefcount(built))
interned = sys.intern(built)
print("sys.intern returns same object:", interned is built)
r = sys.getrefcount(built)
print("after sys.intern:", "immortal" if r == IMMORTAL else r)
b2 = "".join(["built", "_", "runtime"])
i2 = sys.intern(b2)
print("second intern of equal string returns the first:", i2 is built, i2 is b2)
r = sys.getrefcount(b2)
print("the discarded duplicate:", "immortal" if r == IMMORTAL else r)
del b2, i2
new = "".join(["fresh", "_", "str", "_", "q"])
del new
c = "".join(["built", "_", "runtime"])
print("run-time string is not the interned one:", c is built)
print("sys.intern(c) is built:", sys.intern(c) is built)
key_src = "".join(["attr", "_name_", "k"])
class K:
    pass
k = K()
setattr(k, key_src, 1)
name = list(vars(k))[0]
print("setattr name string identity:", name is key_src)
r = sys.getrefcount(key_src)
print("attribute name string:", "immortal" if r == IMMORTAL else r)
d = {}
d[key_src] = 2
print("dict key shares the string:", list(d)[0] is key_src)
x = "abc"
y = "abc"
print("constant 'abc' is shared:", x is y)
print("'abc' refcount is static (>= 999999999):", sys.getrefcount(x) >= 999999999)
