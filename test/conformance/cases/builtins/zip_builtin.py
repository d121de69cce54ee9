# zip(): shortest, strict, unzip, laziness.
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2], "abcd", (True,))), list(zip()), list(zip([1, 2])), list(zip([], [1])))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names, dict(zip(names, nums)))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
z = zip("ab", range(10))
print(type(z).__name__, next(z), list(z), list(z))
print(list(zip("ab", "cd", strict=True)))
for args in (("abc", "ab"), ("a", "ab"), ("ab", "ab", "abc")):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
consumed = []
def counting(n):
    for i in range(n):
        consumed.append(i)
        yield i
print(list(zip(counting(5), "ab")), consumed)
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
