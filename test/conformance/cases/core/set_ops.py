# set operations on ints (hash order of small ints is deterministic).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {1, 2} <= a, {1, 2} < a, a >= {1}, a > a, a.isdisjoint({9}), a.isdisjoint(b))
print(a.union([7], (8,)), a.intersection(range(3)), a.difference({1}, {2}), a.symmetric_difference([4, 5]), a.issubset(range(10)), a.issuperset([1]))
s = set()
s.add(5); s.add(5); s.add(1)
s.update([3, 2], {9})
print(s, len(s), 5 in s, 7 not in s)
s.discard(100); s.discard(9); s.remove(1)
print(s, s.pop(), s)
c = {10, 20, 30}
c |= {40}; c &= {10, 20, 40, 50}; c -= {20}; c ^= {10, 99}
print(c)
c.intersection_update([40, 99, 1]); print(c)
c.difference_update([40]); print(c)
c.symmetric_difference_update([1, 2]); print(c)
print({x % 5 for x in range(20)}, set("aaa"), set(), {()}, set([1, 1.0, True]), {0, False, 0.0})
print(sorted({-5, 100, 3, -1, 64, 1000}), {1, 2} == {2, 1}, {1} != {1.0}, set(range(5)) - set(range(0, 5, 2)))
print({1000, 2, 999, 64, 3}, {-1, -2, -3}, {2 ** 40, 7})
cc = c.copy(); cc.clear(); print(cc, c)
for f in (lambda: set().pop(), lambda: {1}.remove(2), lambda: {[1]}, lambda: {1} + {2}, lambda: set([1])[0], lambda: {1} < [1]):
    try:
        print(f())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
