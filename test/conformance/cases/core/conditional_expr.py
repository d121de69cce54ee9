# Conditional expressions and short-circuit boolean operators.
for n in (-5, 0, 7):
    sign = "negative" if n < 0 else "zero" if n == 0 else "positive"
    print(n, sign, "even" if n % 2 == 0 else "odd")
def side(label, value):
    print("eval", label)
    return value
print(side("t", 1) if side("cond", True) else side("f", 2))
print(side("t", 1) if side("cond", False) else side("f", 2))
print(side("a", 0) and side("b", 1))
print(side("a", 1) and side("b", 0) and side("c", 2))
print(side("a", 0) or side("b", "") or side("c", "found"))
print(side("a", [1]) or side("b", None))
print([x if x > 2 else -x for x in range(5)], (lambda q: "big" if q > 10 else "small")(11))
print(not 1 or 2, not (1 or 2), 1 and not 0, (0 or None) is None)
result = "yes" if [] else "no"
print(result, ("a" if True else "b") * 2, 5 if 0 else 6 if 0 else 7)
val = None
print(val or "default", val and val.upper(), "x" and "x".upper())
