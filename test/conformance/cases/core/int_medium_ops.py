# Arithmetic on one-digit ints (|v| < 2**30) and its limits: values, signs, sizes, small-int caching, errors,
# and comparisons that branch (an `if` / `while` on `a < b`).
import sys

vals = [0, 1, -1, 2, -2, 7, -7, 255, 256, 257, -5, -6, 2**30 - 1, -(2**30 - 1), 2**30, -(2**30), 12345, -98765]
ops = [
    ("+", lambda a, b: a + b),
    ("-", lambda a, b: a - b),
    ("*", lambda a, b: a * b),
    ("%", lambda a, b: a % b),
    ("//", lambda a, b: a // b),
]
rows = []
for name, f in ops:
    for a in vals:
        for b in vals:
            try:
                r = f(a, b)
                rows.append((a, name, b, r, sys.getsizeof(r)))
            except ZeroDivisionError as e:
                rows.append((a, name, b, "ZeroDivisionError", str(e)))
print(len(rows))
for row in rows[::7]:
    print(row)

# augmented assignment in a loop (INPLACE_* opargs), results crossing 2**30 and small-int identity
acc = 1
for i in range(40):
    acc *= 3
    acc %= 2**31 + 11
    acc -= i
print(acc, sys.getsizeof(acc))
n = 300
while n > 0:
    n //= 2
    n -= 1
print(n)
b250 = 250
c256 = 256
c257 = 257
print((b250 + 6) is c256, (b250 + 7) is c257, (c257 - 1) is c256, (-b250 - 6) is -c256)
a = 2**30 - 1
print(sys.getsizeof(a + 1), sys.getsizeof(a + a), sys.getsizeof(a * a), sys.getsizeof(-a - 1), sys.getsizeof(a - a))
print(-0 * 5, 0 * -5, -6 % 3, -6 // 3, 6 % -3, 7 // -2, -7 % 2)

# comparisons that branch, and the bool they would make
count = 0
for i in range(-3, 4):
    if i < 0:
        count += 1
    if i >= 2:
        count += 10
    if not (i != 1):
        count += 100
j = 0
while j < 5:
    j += 1
print(count, j, [i < 2 for i in range(4)], (3 > 2) + (2 > 3))
