# str split/rsplit/splitlines/partition/rpartition/join.
s = "  alpha  beta\tgamma\ndelta   "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(" ", 3))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2), "".split(), "".split(","), ",".split(","))
print("a--b--c".split("--"), "abc".split("abc"), "x".rsplit("x"))
print("line1\nline2\r\nline3\rline4\n".splitlines(), "a\n\nb\n".splitlines(True), "".splitlines(), "x\x0by\x1cz\u2028w".splitlines())
print("key=value=more".partition("="), "key=value=more".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "/".join(("usr", "lib")), " ".join(map(str, range(5))))
print("abc".join("123"), "\n".join(["x", "y"]).split("\n"))
words = "The rain in Spain stays mainly in the plain".split()
print(len(words), words[::2], " ".join(reversed(words)))
try:
    "a b".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".partition("")
except ValueError as e:
    print(type(e).__name__, e)
