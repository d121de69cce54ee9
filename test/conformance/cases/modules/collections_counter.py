# collections.Counter: counting, most_common, arithmetic, updates.
from collections import Counter
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), c.most_common(), sorted(c.elements()), c.total())
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc.most_common(3), len(wc), sum(wc.values()))
c2 = Counter(a=3, b=1, z=2)
print(c + c2, c - c2, c & c2, c | c2, c2 - Counter(z=5), -Counter(a=-2, b=3), +Counter(a=-1, b=2))
c.update("aaz"); print(c)
c.subtract({"a": 10, "q": 1}); print(c)
print(Counter({"x": 0, "y": -1}), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter("ab") < Counter("aab") if hasattr(Counter, "__lt__") else None)
del c["q"]
print("q" in c, Counter().most_common(1), Counter("zzyyx").most_common(), dict(Counter("aab")))
print(Counter(cats=4, dogs=8).most_common(1)[0], list(Counter("hello").keys()))
