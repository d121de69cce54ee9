# Generator expressions: laziness, single pass, consumption by builtins.
g = (x * x for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]), any(x > 3 for x in [1, 5]), all(x for x in []))
log = []
def src():
    for i in range(3):
        log.append(f"yield {i}")
        yield i
gen = (v * 10 for v in src())
log.append("created")
print(next(gen), log)
print(list(gen), log)
print(", ".join(str(n) for n in range(4)), sorted((-v for v in [3, 1, 2])), dict((k, k * 2) for k in "ab"), set(c for c in "aab"))
pairs = ((a, b) for a in range(3) for b in "xy" if a != 1)
print(list(pairs))
nested = (sum(row) for row in [[1, 2], [3, 4]])
print(list(nested))
def first_error():
    gen = (1 / x for x in [1, 0, 2])
    try:
        return list(gen)
    except ZeroDivisionError as e:
        return f"{type(e).__name__}: {e}"
print(first_error())
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
gg = (x for x in range(2))
print(next(gg), next(gg), next(gg, "done"))
try:
    next(gg)
except StopIteration as e:
    print(type(e).__name__, repr(e.value))
