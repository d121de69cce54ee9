# str operators: + * comparison, ordering, iteration, membership, hash equality.
a, b = "apple", "banana"
print(a + b, a * 3, 3 * "ab", "x" * 0, "x" * -2, a < b, a > b, "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a")
print(sorted(["pear", "Apple", "apple", "banana", "Banana", "123", "_x"]), max("hello"), min("hello"))
print("a" == "a", "a" != "A", "é" > "z", "ß" < "ẞ")
s = ""
for part in ["x", "y", "z"]:
    s += part
    s += "-"
print(s, s.count("-"), str(123) + "4", "%s" % [1, "a"])
print("abc".__len__(), "abc".__contains__("b"), "abc".__add__("d"), "ab".__mul__(2), "abc".__getitem__(1))
print(str(), str(1.0), str([1, "a"]), str({"k": "v"}), str((1,)), str(b"x"), repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there\n\\"))
print(repr("\x00\x1f\x7f\x80\xff\u0100\uffff"), repr("日本"), ascii("日本"), repr("\U0001F600"))
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" - "b"
except TypeError as e:
    print(type(e).__name__, e)
