# dict and set comprehensions.
words = ["apple", "bob", "kayak", "level", "python", "apple"]
print({w: len(w) for w in words})
print({len(w) for w in words}, {w[0] for w in words} == set("abklp"))
print({k: v for k, v in zip(range(5), "abcde") if k % 2 == 0})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
print({(x, y): x * y for x in range(3) for y in range(3) if x <= y})
print({x % 4: x for x in range(10)}, {n * n % 10 for n in range(20)})
inverted = {}
for k, v in {"x": 1, "y": 2, "z": 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted, {k: sorted(v) for k, v in inverted.items()})
print({i: {j: i * j for j in range(i)} for i in range(4)})
try:
    {[x]: x for x in range(3)}
except TypeError as e:
    print(type(e).__name__, e)
