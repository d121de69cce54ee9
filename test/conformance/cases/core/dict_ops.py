# dict semantics: ordering, key equality, views, mutation during iteration.
d = {}
d[3] = "c"; d[1] = "a"; d[2] = "b"
print(d, list(d))
del d[1]
d[1] = "A"
print(d)
d[3] = "C"
print(d)
k = {1: "int", 1.0: "float", True: "bool"}
print(k, len(k))
print({(1, 2): 1, "s": 2, 3.5: 3, None: 4, frozenset([1]): 5})
keys = d.keys()
vals = d.values()
items = d.items()
d[9] = "z"
print(keys, vals, items, len(keys))
print(keys & {1, 9, 7}, keys | {100}, keys - {3}, keys ^ {3, 50}, items & {(1, "A")}, {1, 2} <= d.keys(), 9 in keys, (9, "z") in items)
print({"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: 2} != {1: 3})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"], nested)
try:
    for key in d:
        d[key + 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
for key in list(d):
    if key > 50:
        del d[key]
print(d)
try:
    d < d
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.keys()[0]
except TypeError as e:
    print(type(e).__name__, e)
x = {"self": None}
x["self"] = x
print(x)
