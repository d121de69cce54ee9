# Compile-time SyntaxWarnings: `is` with a literal and calling a literal (a missing comma), written to
# stderr before the program runs; the program then runs normally.
x = 1
print(x is 1, x is "a")
print(x is not ())
print(x is None, x is True, x is ..., x is not None)
y = [x is 2 for _ in ()]


def f():
    return x is -1


print(x is 1 is None, (1, 2) is x)
pairs = [
    (1, 2),
    (3, 4)
]
try:
    print([(1, 2) (3, 4)])
except TypeError as e:
    print("TypeError:", e)
try:
    print(f"{x}"())
except TypeError as e:
    print("TypeError:", e)
exec("print(x is 1)")
print("done")
