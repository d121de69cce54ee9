# hash() of ints, floats, tuples, frozensets, None/bool (deterministic in CPython).
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30), hash(-10 ** 30))
print(hash(True), hash(False), hash(0.0), hash(-0.0), hash(1.5), hash(-1.5), hash(1e100), hash(float("inf")), hash(float("-inf")), hash(0.1))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash((-1,)), hash(((1, 2), (3, 4))), hash((1.5, 2)), hash((True, 0.5)))
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})), hash(frozenset(range(10))))
print(hash(1 + 2j), hash(complex(0, 1)), hash(3 + 0j) == hash(3), hash(range(3)) == hash(range(3)))
print(hash(None) == hash(None), hash(...) == hash(Ellipsis), type(hash(1)).__name__)
class H:
    def __hash__(self):
        return 2 ** 100
print(hash(H()))
class Neg:
    def __hash__(self):
        return -1
print(hash(Neg()))
class Bad:
    def __hash__(self):
        return "x"
for bad in (lambda: hash([]), lambda: hash({}), lambda: hash(set()), lambda: hash((1, [2])), lambda: hash(Bad()), lambda: hash(bytearray())):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
