# sorting: list.sort and sorted with key, reverse, stability.
data = [("bob", 25, "NY"), ("alice", 30, "LA"), ("carol", 25, "SF"), ("dave", 30, "NY"), ("eve", 22, "LA")]
print(sorted(data))
print(sorted(data, key=lambda r: r[1]))
print(sorted(data, key=lambda r: r[1], reverse=True))
print(sorted(data, key=lambda r: (r[2], -r[1])))
by_city = sorted(data, key=lambda r: r[2])
print([r[0] for r in sorted(by_city, key=lambda r: r[1])])
words = ["banana", "Apple", "cherry", "apple", "Banana", "fig", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted([3.5, 1, 2.25, True, 0]), sorted("hello world"), sorted({3: 1, 1: 2}), sorted(range(10), key=lambda n: n % 3))
stable = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
print(sorted(stable, key=lambda p: p[0]), sorted(stable, key=lambda p: p[0], reverse=True))
print(sorted([[2, 1], [1, 2], [1, 1, 1], [2]]), sorted([], reverse=True))
class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"Item({self.v})"
print(sorted([Item(3), Item(1), Item(2)]), max([Item(3), Item(9), Item(2)]), min(Item(5), Item(4)))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: x, cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 2].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
xs = [3, 1, 2]
try:
    xs.sort(key=lambda v: xs.append(0) or v)
except ValueError as e:
    print(type(e).__name__, e)
