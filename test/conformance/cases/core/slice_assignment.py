# Slice assignment and deletion on lists and bytearrays.
xs = list(range(10))
xs[2:5] = ["a", "b"]
print(xs)
xs[:0] = [-2, -1]
print(xs)
xs[len(xs):] = [100, 101]
print(xs)
xs[1:3] = []
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
xs[5:2] = ["inserted"]
print(xs)
del xs[::3]
print(xs)
del xs[-2:]
print(xs)
xs[:] = "xyz"
print(xs)
ys = xs
ys[:] = []
print(xs, ys is xs)
zs = [1, 2, 3, 4, 5, 6]
zs[::-2] = ["a", "b", "c"]
print(zs)
zs[1:4] = range(3)
print(zs)
zs[0:1] = zs
print(zs)
ba = bytearray(b"hello world")
ba[0:5] = b"HOWDY"
ba[5:6] = b"___"
del ba[-3:]
print(ba)
try:
    zs[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    zs[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, 2, 3)[0:1] = [9]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"[0:1] = "z"
except TypeError as e:
    print(type(e).__name__, e)
