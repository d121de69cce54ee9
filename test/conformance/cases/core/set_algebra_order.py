# set / frozenset algebra: CPython's result order (which operand is copied or iterated), result types,
# in-place forms, sizes (__sizeof__) and the references held by stored keys
import sys
a = {1, 9, 17, 25, 33, 2, 10, 18}
b = {33, 25, 3, 11, 19, 41, 49, 57, 65, 73}
print(a | b, b | a, a & b, b & a, a - b, b - a, a ^ b, b ^ a)
print(a.union([100, 1], (200,), {300: 0}), a.intersection(range(20)), a.intersection(b, range(30)))
print(a.difference(range(5), [17]), a.symmetric_difference([1, 2, 3, 4]), a.issubset(range(40)), a.issuperset([1, 2]))
print(a.isdisjoint([4, 5]), a.isdisjoint(b), a <= b, a < a | b, a >= {1}, a > a, a == set(a), a != frozenset(a))
f = frozenset(range(0, 64, 8))
print(f | {1}, {1} | f, f & {8, 16, 99}, f - {0}, f ^ {0, 1}, type(f.copy()) is frozenset, f.copy() is f)
print(type({1} | f).__name__, type(f | {1}).__name__, type(f.union()).__name__, f.union() is f)
s = set(range(20))
s -= set(range(0, 20, 2))
print("-=", s, s.__sizeof__())
s &= {1, 3, 5, 100}
print("&=", s, s.__sizeof__())
s |= frozenset({7, 9})
print("|=", s)
s ^= {1, 9, 42}
print("^=", s)
s.update([50, 51], {60}, {70: 1})
s.difference_update([50], {60})
s.intersection_update(range(100), [3, 5, 7, 42, 51, 70])
s.symmetric_difference_update([3, 99])
print("methods:", s)
big = set(range(100))
print("sizeof:", set().__sizeof__(), {1, 2, 3, 4, 5}.__sizeof__(), big.__sizeof__(), frozenset(big).__sizeof__())
while len(big) > 10:
    big.pop()
print("after pops:", big, big.__sizeof__())
big.clear()
print("cleared:", big.__sizeof__())
t = set(range(50))
t -= set(range(45))
print("shrunk by -=:", t, t.__sizeof__())
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n
    def __eq__(self, o): return self.n == o.n
    def __repr__(self): return f"K{self.n}"
k1, k1b = K(1), K(1)
rc = sys.getrefcount
u = {k1}
u.add(k1b)
print("refs:", rc(k1), rc(k1b), k1b in u)
v = u | {k1b, K(2)}
w = u & {k1b}
x = u - {K(3)}
print("refs after ops:", rc(k1), rc(k1b), v, w, x)
u.discard(k1b)
print("discarded by equal key:", rc(k1), rc(k1b), u)
u.add(k1)
u.remove(k1b)
try:
    u.remove(k1b)
except KeyError as e:
    print("KeyError", e, rc(k1b))
print({frozenset({1})} , {1} in {frozenset({1})}, {frozenset({2})}.__contains__({2}))
g = {frozenset({1, 2}), frozenset({3})}
g.discard({3})
print(g)
print(set.__reduce__({3, 1, 2}))
it = iter({1, 2, 3})
next(it)
print(it.__length_hint__())
