# sum(), any(), all().
print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(101)), sum([0.1] * 3), sum([1, 2.5]), sum([True, True, 1]), sum((x * x for x in range(5)), start=-1))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([2 ** 64, 2 ** 64]), sum([1e100, 1.0, -1e100]), sum([0.5, 0.25], 0.125))
print(any([]), any([0, "", None]), any([0, 1]), any("x"), all([]), all([1, "a", [0]]), all([1, 0]), any(x > 2 for x in range(4)), all(x < 10 for x in range(4)))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(v) for v in [0, 2, 3]), all(noisy(v) for v in [1, 0, 5]))
for bad in (lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([1, "a"]), lambda: sum(5), lambda: any(5), lambda: sum([bytearray(b"a")], bytearray())):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
