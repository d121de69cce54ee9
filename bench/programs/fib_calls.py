# Function calls: recursion (fib), positional/keyword/default arguments, closures.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def add(a, b=1, *, scale=1):
    return (a + b) * scale


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


print(fib(24))
total = 0
for i in range(100000):
    total += add(i) + add(i, 2) + add(i, b=3, scale=2)
print(total)
c = make_counter()
for i in range(100000):
    c()
print(c(0))
print(sum(map(lambda x: x * 2, range(100000))))
