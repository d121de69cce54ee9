# sys.getrefcount of constants, small ints, interned strings and singletons (immortal in 3.12+).
import sys

v = 12345678
print("int constant bound to a name:", sys.getrefcount(v))
w = 12345678
print("same constant bound twice:", sys.getrefcount(v))
print("constant literal argument:", sys.getrefcount(87654321))
f = 2.5
print("float constant:", sys.getrefcount(f))
s = "not an identifier!"
print("non-identifier str constant:", sys.getrefcount(s))
t = ("a tuple", "of constants", 99999)
print("tuple constant:", sys.getrefcount(t))
n = int("12345679")
print("int built at run time:", sys.getrefcount(n))
bs = b"some bytes here"
print("bytes constant:", sys.getrefcount(bs))


def func():
    local_const = 4242424
    return sys.getrefcount(local_const)


print("constant local in a function:", func())

big = 10 ** 20
print("computed big int:", sys.getrefcount(big))
print("None:", sys.getrefcount(None) if sys.version_info >= (3, 12) else "mortal in 3.11")
print("True:", sys.getrefcount(True) if sys.version_info >= (3, 12) else "mortal in 3.11")
print("small int 5:", sys.getrefcount(5) if sys.version_info >= (3, 12) else "mortal in 3.11")
print("empty tuple:", sys.getrefcount(()) if sys.version_info >= (3, 12) else "mortal in 3.11")
print("empty str:", sys.getrefcount("") if sys.version_info >= (3, 12) else "mortal in 3.11")
print("int type:", sys.getrefcount(int) if sys.version_info >= (3, 12) else "mortal in 3.11")
print("Ellipsis:", sys.getrefcount(...) if sys.version_info >= (3, 12) else "mortal in 3.11")
print("NotImplemented:", sys.getrefcount(NotImplemented) if sys.version_info >= (3, 12) else "mortal in 3.11")
print("small int 256 vs 257:", sys.getrefcount(256) > 1000000, sys.getrefcount(257) > 1000000)
print("small int -5 vs -6:", sys.getrefcount(-5) > 1000000, sys.getrefcount(-6) > 1000000)
print("single char 'q' is static:", sys.getrefcount("q") > 1000000)
print("b'' is static:", sys.getrefcount(b"") > 1000000)
print("3.11 static small int count >= 999999999:", sys.getrefcount(200) >= 999999999)
print("3.11 static small int count < 2**32 - 1:", sys.getrefcount(200) < 2**32 - 1)
