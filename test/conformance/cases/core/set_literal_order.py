# A set display of three or more constants compiles to a frozenset constant that BUILD_SET/SET_UPDATE
# copies; the constant's slot order comes from how the compiler rebuilt it (int items: once after folding;
# identifier-like str items: once more when interning replaced them), so the printed order follows it.
print({39, 134, 150, 255})
print([x for x in {39, 134, 150, 255}])
print({7, 15, 23, 31, 3})
print({1000, 2000, 3000, 8, 16})
print({'a b', 'c d', 'e f', 'g h'})
print({'x-1', 'y-2', 'z-3'})
print({-1, -2, -9, 16, 8})


def f(v):
    return v in {39, 134, 150, 255}, sorted({64, 128, 192, 256})


print(f(150), f(1))
print({'alpha', 'beta', 'gamma', 'delta'}, {'spam', 'eggs', 'ham'})
