# fuzz regression: property=leak kind=mutated seed=3397615945 version=3.13
# from: core/dict_methods (delete-line)
# problem when found:
#   found by the fixed-seed batch (npm test): 1 object(s) still alive after shutdown with nothing left to free them; e.g. dict (refcount 1)
# dict methods.
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), d.get("a", 0), "a" in d, 1 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d.pop("zz", "missing"), d)
print(d.popitem(), d)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d)
e = d.copy()
e["a"] = -1
print(d["a"], e["a"], e is d)
print(dict.fromkeys(["p", "q"]), dict.fromkeys("ab", 0), dict(zip("abc", range(3))), dict(a=1, b=2), dict([(1, 2)]))
e.clear()
print(e, bool(e))
d2 = {1: "one", 2: "two"}
print(d2 | {3: "three"}, {**d2, 2: "TWO"}, d2)
d2 |= {4: "four"}
print(d2, d2 == {4: "four", 1: "one", 2: "two"}, list(d2))
print(list(reversed(d2)), list(reversed(d2.items())), max(d2), sorted(d2.values()))
for f in (lambda: d["nope"], lambda: {}.popitem(), lambda: d.pop("nope"), lambda: {[1]: 2}, lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: d.update(1)):
    try:
        print(f())
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
