# Mixed numeric types: equality, hashing, dict keys, comparisons, promotion.
print(1 == 1.0 == True, 0 == 0.0 == False == -0.0, 1 == complex(1, 0), 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(hash(1) == hash(1.0) == hash(True), hash(0.5) == hash(0.5), hash(-0.0) == hash(0))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, {0, 0.0, False, -0.0}, {1.5, 3 / 2})
print(type(1 + 1.0).__name__, type(1 + True).__name__, type(1.0 + 1j).__name__, type(True + True).__name__, type(2 ** -1).__name__)
print(1 < 1.5 < 2, 10 ** 20 > 1e19, 10 ** 400 > 1e308, -10 ** 400 < -1e308, float("inf") > 10 ** 1000, float("nan") == float("nan"))
print(max(1, 2.0, True), min(0, -0.0), sorted([3, 2.5, True, -1, 0.0]), sum([1, 2.5, True]))
print(7 / 7, 7 // 7.0, 7 % 2.5, divmod(7, 2.5), 2 ** 0.5 * 2 ** 0.5, round(7 / 3, 3))
print(int(7.9), int(-7.9), float(7), complex(7), (7).__float__(), (7.5).__int__(), bool(0.0), bool(-0.0))
print(abs(-7), abs(-7.5), abs(3 + 4j), type(abs(-7)).__name__)
print(isinstance(True, (int, float)), isinstance(1.0, int), (1).__eq__(1.0), (1.0).__eq__(1))
print(3 * 1.1, 0.1 * 3, 1 / 3 * 3, 100 * 1.1)
