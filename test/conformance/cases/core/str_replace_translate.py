# str.replace, maketrans, translate.
s = "one fish two fish red fish blue fish"
print(s.replace("fish", "cat"), s.replace("fish", "cat", 2), s.replace("fish", "cat", 0), s.replace("fish", "cat", -1))
print("aaa".replace("a", "b", 1), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "hello".replace("l", ""))
table = str.maketrans("abc", "xyz")
print(sorted(table.items()), "aabbcc-abc".translate(table))
table2 = str.maketrans({"a": "1", "b": None, "c": "33"})
print(sorted(table2.items()), "abcabc".translate(table2))
table3 = str.maketrans("ab", "AB", "xyz")
print("abxyzba".translate(table3))
print("hello".translate({ord("l"): "L", ord("o"): None}))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print(type(e).__name__, e)
try:
    "x".replace(1, "y")
except TypeError as e:
    print(type(e).__name__, e)
