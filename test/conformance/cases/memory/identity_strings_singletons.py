# Identity of strings (interning rules) and of the empty/one-character singletons.
import sys

a = "hello_world"
b = "hello_world"
print("identifier constant shared:", a is b)
c = "hello world"
d = "hello world"
print("non-identifier constant in same code object:", c is d)


def func_const():
    return "hello world"


def func_ident():
    return "hello_world"


print("non-identifier constant across functions:", func_const() is c)
print("identifier constant across functions:", func_ident() is a)
e = "hello" + "_world"
print("constant-folded concat:", e is a)
part = "hello"
f = part + "_world"
print("run-time concat:", f is a)
print("run-time concat == :", f == a)
print("sys.intern(run-time) is constant:", sys.intern(f) is a)
g = "".join(["hello", " ", "world"])
print("sys.intern of non-identifier run-time:", sys.intern(g) is c, sys.intern(g) is sys.intern(d))
print("str(123) twice:", str(123) is str(123))
s1 = "abc"
s2 = "xbz"
print("single char from index:", s1[1] is s2[1])
A = "A"
print("single char chr(65):", chr(65) is A)
print("single latin-1 char chr(233):", chr(233) is chr(233))
print("single char chr(256):", chr(256) is chr(256))
E = ""
ET = ()
EB = b""
print("empty slice:", s1[3:] is E)
print("empty join:", E.join([]) is E)
print("str() is '':", str() is E)
print("empty tuple:", tuple() is ET)
print("tuple([]) is ():", tuple([]) is ET)
t12 = (1, 2)
print("(1, 2)[2:] is ():", t12[2:] is ET)
print("bytes() is b'':", bytes() is EB)
BA = b"a"
babc = b"abc"
print("single byte b'abc'[0:1]:", babc[0:1] is BA)
print("bytes([97]) is b'a':", bytes([97]) is BA)
print("frozenset() singleton:", frozenset() is frozenset())
print("whole-tuple slice is the tuple:", (lambda t: t[:] is t)((1, 2, 3)))
print("whole-str slice is the str:", (lambda s: s[:] is s)(c))
print("str(s) is s:", str(c) is c)
print("tuple(t) is t:", (lambda t: tuple(t) is t)((1, 2)))
print("list(l) is l:", (lambda l: list(l) is l)([1]))
print("s * 1 is s:", (lambda s: s * 1 is s)(c))
print("s + '' is s:", (lambda s: s + "" is s)(c))
print("str.lower of lowercase:", (lambda s: s.lower() is s)(c))
print("str.strip with nothing to strip:", (lambda s: s.strip() is s)(c))
print("str.replace with no match:", (lambda s: s.replace("zz", "y") is s)(c))
print("format of str:", (lambda s: f"{s}" is s)(c))
print("dict key identity:", list({a: 1})[0] is a)
print("attribute names interned:", (lambda: type("T", (), {"dyn_attr": 1}))().__dict__ is not None)
