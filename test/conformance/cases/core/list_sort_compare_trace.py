# list.sort: the exact sequence of __lt__ calls (binary insertion, runs, galloping merges, 3.13's relaxed
# descending runs), the key/reverse protocol, and the list's state after a comparison raises.
import sys

calls = []


class V:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        calls.append(f"{self.tag}<{other.tag}")
        return self.v < other.v

    def __repr__(self):
        return self.tag


def make(vals):
    return [V(v, f"{chr(97 + i % 26)}{i // 26 or ''}") for i, v in enumerate(vals)]


def show(vals, **kw):
    calls.clear()
    xs = make(vals)
    xs.sort(**kw)
    print(len(calls), " ".join(calls))
    print("  ->", xs)


show([3, 1, 2])
show([5, 4, 3, 2, 1])
show([2, 2, 1, 1, 3, 3])
show([3, 3, 2, 2, 1, 1, 5, 5, 4])
show([1, 2, 3, 4, 0])
show([4, 1, 3, 1, 2], reverse=True)
show([4, 1, 3, 1, 2], key=lambda x: V(-x.v, x.tag.upper()))
# long enough for runs + merges with galloping
vals = list(range(40, 0, -1)) + list(range(20)) + [7] * 10 + list(range(100, 60, -3))
calls.clear()
xs = make(vals)
xs.sort()
print(len(calls), calls[:12], calls[-12:])
print("  ->", [x.v for x in xs][:20])
vals = [(i * 37) % 101 for i in range(150)]
calls.clear()
xs = make(vals)
xs.sort()
print(len(calls), calls[-10:])


class Bad(V):
    def __lt__(self, other):
        calls.append(f"{self.tag}<{other.tag}")
        if "x" in (self.tag[0], other.tag[0]) and len(calls) > 30:
            raise ValueError(f"cannot compare {self.tag} and {other.tag}")
        return self.v < other.v


for n in (12, 90):
    calls.clear()
    xs = [Bad((i * 7) % 13, f"{chr(97 + i % 26)}{i // 26 or ''}") for i in range(n)]
    try:
        xs.sort()
    except ValueError as e:
        print("error:", e, "after", len(calls), "compares")
    print("  state:", [x.v for x in xs])

xs = [3, 1, 2]
try:
    xs.sort(key=lambda v: print("key", v, "len", len(xs), xs) or v)
except ValueError as e:
    print(e)
print(xs)
xs = [3, 1, 2]
try:
    xs.sort(key=lambda v: xs.append(v) or v)
except ValueError as e:
    print(type(e).__name__, e, xs)
xs = [3, 1, 2]
try:
    xs.sort(key=lambda v: 1 / (v - 1))
except ZeroDivisionError as e:
    print(type(e).__name__, e, xs)
print(sys.getsizeof([5, 3, 1]), end=" ")
ys = [5, 3, 1]
ys.sort(key=lambda v: print(sys.getsizeof(ys), end=" ") or v)
print(sys.getsizeof(ys))
