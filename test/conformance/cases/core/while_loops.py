# while loops: counters, sentinels, nested, infinite with break.
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
stack = [1, [2, [3, [4]]]]
depth = 0
while stack:
    depth += 1
    stack = stack[-1] if isinstance(stack[-1], list) else []
print("depth", depth)
queue = list(range(5))
while queue:
    item = queue.pop(0)
    if item % 2:
        queue.append(item - 1) if item > 1 else None
    print(item, end=" ")
print()
i = 0
while i < 3:
    j = 0
    while j < 3:
        if j > i:
            break
        j += 1
    i += 1
    print(i, j)
x = 100
while x > 1:
    x //= 3
else:
    print("loop ended normally with", x)
def gcd(p, q):
    while q:
        p, q = q, p % q
    return p
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 20))
