# list operators, aliasing and nesting.
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == [1, 2, 3, 4], a + [5], a * 2, [0] * 3, [] * 5, 2 * [None])
c = a[:]
c.append(99)
print(a, c, a < c, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 100], [] == [], [[1]] == [[1]])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], len(nested), nested[1][1])
a += [5, 6]
print(a, b)
a += "xy"
print(a)
a = a + [7]
print(a is b, b)
x = [1, 2, 3]
x[1] = [20, 21]
print(x, 3 in x, [20, 21] in x, 20 in x, x.__contains__(1))
del x[0]
print(x)
e = []
e.append(e)
print(e, len(e), e[0] is e)
print(list(range(5)), list("abc"), list((1, 2)), list({1: "a", 2: "b"}), list({"a": 1}.values()))
print([1, 2, 3] != [1, 2, 3], [1, "a", None, 2.5, [True]], repr([]), str([1, [2, []]]))
print(sum([[1], [2, 3]], []), min([[3], [1, 5], [1, 2]]), max([[3], [1, 5], [3, 0]]))
for f in (lambda: [1, 2] + (3,), lambda: [1] * 2.0, lambda: [1, 2][5], lambda: [1] < ["a"], lambda: [1, 2][str(0)]):
    try:
        print(f())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
