# collections.defaultdict: factories, grouping, nested, missing behaviour.
from collections import defaultdict
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups, dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
nested["b"]["x"] += 3
print({k: dict(v) for k, v in nested.items()})
no_factory = defaultdict()
try:
    no_factory["missing"]
except KeyError as e:
    print(type(e).__name__, e)
s = defaultdict(set)
s["k"].add(1); s["k"].add(1); s["j"]
print(s)
print(counts.get("zzz"), "zzz" in counts, counts.copy() == counts, type(counts.copy()).__name__)
const = defaultdict(lambda: "N/A", {"known": "yes"})
print(const["known"], const["unknown"], repr(const)[:30])
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
merged = defaultdict(int, {"a": 1}) | {"b": 2}
print(type(merged).__name__, merged)
