# Sorting tuples (unsafe_tuple_compare): items are compared with == left to right until one differs, then
# the first differing pair with < (the first item with the pre-sort check's compare). The calls a user
# class sees, their order and their number are CPython's.
log = []


class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        log.append(("eq", self.v, other.v))
        return self.v == other.v

    def __lt__(self, other):
        log.append(("lt", self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return f"K({self.v})"

    __hash__ = None


class S(str):
    def __eq__(self, other):
        log.append(("S.eq", str(self), str(other)))
        return str.__eq__(self, other)

    __hash__ = str.__hash__


data = [(3, K(1)), (1, K(2)), (3, K(0)), (1, K(2)), (2, K(5)), (3, K(1))]
print(sorted(data))
print(len(log), log[:12])
log.clear()

data = [(K(i % 3), i) for i in range(7)]
print(sorted(data, reverse=True))
print(len(log), log[:10])
log.clear()

# equal leading ints, floats and strs decide by value; a str subclass goes through its __eq__
print(sorted([(1, "b", K(1)), (1, "a", K(2)), (1, "b", K(0)), (0, "z", K(9))]))
print(len(log), log)
log.clear()
print(sorted([(0.5, K(1)), (-0.0, K(2)), (0.0, K(3)), (0.5, K(0))]))
print(len(log), log)
log.clear()
nan = float("nan")
print(sorted([(nan, 1), (1.0, 2), (nan, 0)]))
print(sorted([("x", S("b"), 2), ("x", S("a"), 1), ("y", S("a"), 0)]))
print(len(log), log)
log.clear()
print(sorted([(S("q"), 1), (S("q"), 0)]))
print(len(log), log)
log.clear()

# different lengths, prefixes, and big ints
print(sorted([(1, 2), (1,), (1, 2, 3), (1, 2), (0, 5, 5)]))
big = 10**20
print(sorted([(big, 2), (big + 1, 0), (big, 1), (-big, 3)]))
print(sorted([(True, 1), (1, 0), (0, 2), (False, 3)]))
# the first differing item after equal ones: ints of any size, floats with NaN and signed zeros
print(sorted([(0, 2**70), (0, 5), (0, -(2**70)), (0, 2**53 + 1), (0, 2**53)]))
print(sorted([(1, nan, "a"), (1, 2.0, "b"), (1, -0.0, "c"), (1, 0.0, "d"), (1, nan, "e"), (1, -1.5, "f")]))
print(sorted([("k", "\U00010000"), ("k", "\uffff"), ("k", "a")]))
print(sorted([(1, 2, K(3)), (1, 2, K(1)), (1, 1, K(9))]))
print(len(log), log)
log.clear()


class Bad:
    def __eq__(self, other):
        raise ValueError("no eq")

    __hash__ = None


try:
    sorted([(1, Bad()), (1, Bad())])
except ValueError as e:
    print("ValueError:", e)
