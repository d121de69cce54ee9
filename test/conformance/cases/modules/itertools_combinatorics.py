# itertools: product, permutations, combinations, combinations_with_replacement.
import itertools as it
print(list(it.product("ab", [1, 2])), list(it.product("01", repeat=2)), len(list(it.product(range(3), repeat=3))), list(it.product()))
print(list(it.permutations("abc")), list(it.permutations(range(3), 2)), list(it.permutations([], 0)), list(it.permutations("ab", 3)))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(4), 3)), list(it.combinations("ab", 0)), list(it.combinations("ab", 5)))
print(list(it.combinations_with_replacement("abc", 2)), len(list(it.combinations_with_replacement(range(5), 3))))
print(["".join(p) for p in it.permutations("xyz") if p[0] != "x"], sum(1 for _ in it.combinations(range(10), 4)))
try:
    it.combinations("abc", -1)
except ValueError as e:
    print(type(e).__name__, e)
