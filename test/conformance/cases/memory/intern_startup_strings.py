# Strings the interpreter already interned at start-up: interning an equal string returns that object
# (statically allocated or made by the start-up), not the program's string.
import sys

IMMORTAL = 2**32 - 1
pieces = [("ap", "pend"), ("na", "me"), ("ab", "c"), ("fi", "rst"), ("sec", "ond"), ("tm", "p"),
          ("Po", "int"), ("no_such_", "identifier_q"), ("__in", "it__"), ("ke", "ys")]
for a, b in pieces:
    s = a + b
    i = sys.intern(s)
    r = sys.getrefcount(i)
    kind = "immortal" if r == IMMORTAL else "static" if r >= 999999999 else "counted"
    print(repr(s), "existed" if i is not s else "new", kind)
