# Chained comparisons and comparison operators, including evaluation order.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 > 2, 0 <= x <= 5 == 5, 10 > x >= 5 != 6)
print(1 == 1.0 == True, "a" < "b" < "c", [1] < [2] < [3], None is None is not False)
def v(label, value):
    print("eval", label)
    return value
print(v("a", 1) < v("b", 2) < v("c", 3))
print(v("a", 5) < v("b", 2) < v("c", 3))
print(v("x", 1) == v("y", 1) != v("z", 2))
print(1 in [1, 2] in [[1, 2]], 3 not in [1, 2] not in [[3]])
print(x is x is not None, (1 < 2) == True, 1 < 2 == True)
a, b, c = 3, 3, 4
print(a == b < c, a < b == c, a <= b <= c)
print(min(1, 2) < max(3, 4) < 10, (lambda: 3)() > 2 > 1)
try:
    print(1 < "a" < 3)
except TypeError as e:
    print(type(e).__name__, e)
print(0 < 1 < "no error since short-circuit" if False else "skip", 2 < 1 < "never compared")
