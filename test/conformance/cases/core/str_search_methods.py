# str searching: find/rfind/index/rindex/count/startswith/endswith/in.
s = "the quick brown fox jumps over the lazy dog; the end"
print(s.find("the"), s.find("the", 1), s.find("the", 1, 20), s.find("cat"), s.find(""), s.find("", 100))
print(s.rfind("the"), s.rfind("the", 0, 40), s.rfind("zzz"), s.rfind(""))
print(s.index("fox"), s.rindex("o"), s.index("o", 20), s.rindex("the", 0, 35))
print(s.count("the"), s.count("o"), s.count(""), s.count("o", 15, 30), "aaaa".count("aa"), "".count(""))
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.endswith("end"), s.endswith(("x", "d")), s.endswith("the", 0, 34))
print("fox" in s, "cat" not in s, "" in s, "T" in s)
print("abc".startswith(""), "".startswith(""), "".endswith("a"), "abc".find("c", -1), "abc".find("a", -1))
try:
    s.index("cat")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("cat")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["the"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
