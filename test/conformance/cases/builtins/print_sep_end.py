# print(): sep, end, flush, multiple args, file=sys.stdout, non-str objects.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end="!\n")
print("no newline", end="")
print(" -> continued")
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, sep=" | ")
print(*range(5), sep="\n", end="\n---\n")
print("x", sep=None, end=None)
print("flushed", flush=True)
print("to stdout", file=sys.stdout)
print("to None file", file=None)
print("tab\tseparated", "multi\nline")
print("", "", sep="-")
print(*[], sep="X", end="[empty]\n")
print("unicode: é ü ß 日本 😀")
sys.stdout.write("written directly\n")
print(sys.stdout.write("abc"), end="\n")
for bad in (dict(sep=1), dict(end=2)):
    try:
        print("x", **bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Weird:
    def __str__(self):
        return "weird-str"
    def __repr__(self):
        return "weird-repr"
print(Weird(), [Weird()], (Weird(),))
