# str(): from objects, bytes with encoding, and str subclasses.
print(repr(str()), str(42), str(-1.5), str(1e300), str(None), str(True), str([1, "a"]), str((1,)), str({"a": 1}), str({1}), str(b"ab"), str(str))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"a\xffb", "utf-8", "replace"), str(b"x", encoding="ascii"), str(object=5))
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hey")
print(s, s.shout(), type(s).__name__, type(s + "x").__name__, type(str(s)).__name__, isinstance(s, str), s == "hey", len(s))
class WithStr:
    def __str__(self):
        return "custom"
print(str(WithStr()), "%s" % WithStr(), f"{WithStr()}", "{}".format(WithStr()))
for bad in (lambda: str(1, "utf-8"), lambda: str("x", "utf-8"), lambda: str(b"\xff", "ascii"), lambda: str(b"x", "bogus")):
    try:
        print(bad())
    except (TypeError, UnicodeDecodeError, LookupError) as e:
        print(type(e).__name__, e)
