# list(), tuple(), dict(), set(), frozenset() constructors from many sources.
src = [("a", 1), ("b", 2)]
print(list(), list("ab"), list(range(3)), list((1, 2)), list({"k": 1}), list({3}), list(x for x in "xy"), list(b"AB"), list(src))
print(tuple(), tuple([1]), tuple("hi"), tuple({1: 2}.items()), tuple(range(2)))
print(dict(), dict(src), dict(a=1, b=2), dict(src, c=3), dict({"x": 1}, y=2), dict(zip("ab", "cd")), dict([["k", "v"]]), dict(dict(a=1)))
print(set(), set("hello") == set("heol"), set([1, 2, 2]), set(range(3)), set({"a": 1}) == {"a"}, frozenset([1, 1]), set(frozenset({2})))
class Mapping:
    def keys(self):
        return ["one", "two"]
    def __getitem__(self, k):
        return len(k)
print(dict(Mapping()), {**Mapping()})
l = [1, 2]
copy = list(l)
copy.append(3)
print(l, copy, list(l) is l, tuple(t := (1, 2)) is t)
for bad in (lambda: list(5), lambda: dict([1]), lambda: dict(["ab", "c"]), lambda: set([[1]]), lambda: tuple(None), lambda: dict(1, 2), lambda: list(1, 2)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
