# Identity of ints: small-int cache, constants shared in a code object, run-time results.
a = 256
b = 256
print("256 is 256 (names):", a is b)
a = 257
b = 257
print("257 is 257 (same code object):", a is b)
x = 200
c256 = 256
print("x + 56 is 256:", (x + 56) is c256)
n = 250
m = n + 7
k = n + 7
print("250 + 7 twice, same object:", m is k)
p = n + 6
q = n + 6
print("250 + 6 twice (small cache):", p is q)
print("int('257') is int('257'):", int("257") is int("257"))
print("int('100') is int('100'):", int("100") is int("100"))
print("-5 cached:", (n - 255) is (n - 255))
print("-6 not cached:", (n - 256) is (n - 256))
print("0 from subtraction:", (n - n) is (m - m))
big = 10**30
print("big // big is 1:", (big // big) is (n // n))


def f():
    return 123456


def g():
    return 123456


print("same constant, different functions:", f() is g())
print("same function twice:", f() is f())


def h():
    u = 99999
    w = 99999
    return u is w


print("equal constants in one function:", h())
c123456 = 123456
print("constant from module and function:", f() is c123456)
lst = [1000, 1000]
print("list literal items:", lst[0] is lst[1])
t = (5000, 5000)
print("tuple constant items:", t[0] is t[1])
fl_list = [2.5, 2.5]
print("float constants:", fl_list[0] is fl_list[1])
fl = 0.5
print("float arithmetic results:", (fl * 3) is (fl * 3))
tr = True
print("True + 0 is 1:", (tr + 0) is (n - 249))
print("bool(1) is True:", bool(1) is True)
print("int(True) is 1 cached:", int(True) is (n - 249))
print("len([..]) small cached:", len([1, 2, 3]) is len((1, 2, 3)))
print("hash(257) is hash(257):", hash(m) is hash(m))
print("abs(-257) is abs(-257):", abs(-m) is abs(-m))
print("range element identity 300:", list(range(299, 301))[1] is list(range(299, 301))[1])
print("range element identity 30:", list(range(29, 31))[1] is list(range(29, 31))[1])
