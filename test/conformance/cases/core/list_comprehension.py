# List comprehensions: filters, nesting, conditional expressions.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix], [[row[i] for row in matrix] for i in range(3)])
print([x if x % 2 else -x for x in range(6)], [c.upper() for c in "hello" if c not in "l"])
print([n for row in [[1, [2]], [3]] for n in row], [w[0] for w in "the quick brown fox".split()])
print([(i, ch) for i, ch in enumerate("abc")], [a + b for a, b in zip([1, 2], [10, 20])])
print([y for x in range(4) if (y := x * 10) > 5], y)
print([f() for f in [lambda i=i: i for i in range(3)]], [f() for f in [lambda: i for i in range(3)]])
print([[] for _ in range(2)], [x for x in []], [*range(3), *"ab"])
