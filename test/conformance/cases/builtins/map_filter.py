# map() and filter(): multiple iterables, None predicate, laziness.
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])), list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(filter(None, [0, 1, "", "x", [], [0], None, False, 2.5])), list(filter(str.isdigit, "a1b2c3")), list(filter(lambda n: n % 3 == 0, range(10))))
m = map(abs, [-1, -2, -3])
print(type(m).__name__, next(m), list(m), list(m))
f = filter(lambda x: x > 0, [-1, 5, -2, 7])
print(type(f).__name__, next(f), list(f))
print(sum(map(int, "12345")), max(map(len, "one three fifteen".split())), sorted(map(str.upper, "cab")), list(map(int, ["1", "2"], [16, 8])))
print(list(map(lambda x: x * 2, filter(lambda x: x % 2, range(8)))))
print(list(map(str.strip, ["  a ", "b  "])), list(map(dict.get, [{"k": 1}, {}], ["k", "k"])))
for bad in (lambda: map(abs), lambda: list(map(abs, ["x"])), lambda: filter(None), lambda: list(map(1, [1]))):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
