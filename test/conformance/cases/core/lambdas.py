# lambda expressions.
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, b=2), (lambda x, y=3: x + y)(1))
print(sq.__name__, type(sq).__name__, (lambda: None)() is None)
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), list(map(lambda p: p[0] * 2, pairs)), list(filter(lambda p: p[0] > 1, pairs)))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
curried = lambda a: lambda b: lambda c: a + b + c
print(curried(1)(2)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x: (lambda y: x * y))(3)(4), [(lambda n=n: n)() for n in range(3)])
print((lambda *, k: k)(k="kw"), (lambda a, /, b: a - b)(5, b=2))
try:
    (lambda x: x)(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
