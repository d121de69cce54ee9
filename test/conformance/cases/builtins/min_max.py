# min() and max(): iterables, multiple args, key, default, ties.
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min("b", "a", "c"), max([1.5, 2, -3]), min((1, 2), (1, 1)))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len), max([-5, 3, -1], key=abs), min({"a": 3, "b": 1}, key=lambda k: {"a": 3, "b": 1}[k]))
print(max([], default="empty"), min([], default=None), max([1], default=9), max(iter([2, 7, 1])), min(range(5, 10)), max({3: "x", 9: "y"}))
print(max([(1, "b"), (1, "a")]), max(["bb", "aa", "cc"], key=len), min(["bb", "aa", "cc"], key=len), max(3, 3.0), max(3.0, 3))
print(max(True, 1), max(1, True), min(0, False), min([[], [0]]))
for bad in (lambda: max([]), lambda: min([]), lambda: max(), lambda: max(1), lambda: max(1, "a"), lambda: max(1, 2, default=0), lambda: min([1], key=5)):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
