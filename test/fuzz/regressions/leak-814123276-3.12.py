# fuzz regression: property=leak kind=mutated seed=814123276 version=3.12
# from: builtins/enumerate_builtin (reindent-line)
# problem when found:
#   found by the fixed-seed batch (npm test)
# enumerate(): start values, laziness, unpacking.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-2)), list(enumerate([], 5)))
e = enumerate(["x", "y", "z"], 10)
print(type(e).__name__, next(e), next(e), list(e), list(e))
for i, (a, b) in enumerate(zip("pq", "rs")):
	print(i, a, b)
print(dict(enumerate("hi")), {v: i for i, v in enumerate("abc")}, list(enumerate(range(3), 2 ** 64)))
def gen():
    yield "only"
print(list(enumerate(gen())), iter(e) is e)
for bad in ((5,), ([1], "a"), ([1], 1.5)):
    try:
        enumerate(*bad)
    except TypeError as err:
        print(type(err).__name__, err)
