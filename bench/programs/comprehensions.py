# Generators, comprehensions and built-in iteration helpers (sum, sorted, enumerate, zip).
def gen_squares(n):
    for i in range(n):
        yield i * i


total = 0
for _ in range(10):
    total += sum(x for x in gen_squares(20000) if x % 3)
print(total)
evens = [i for i in range(200000) if i % 2 == 0]
print(len(evens), sum(evens))
pairs = sorted(((i * 7919) % 1009, i) for i in range(50000))
print(pairs[:3], pairs[-1])
lookup = {i: str(i) for i in range(50000)}
print(sum(len(v) for k, v in lookup.items() if k % 2))
print(sum(a * b for a, b in zip(range(100000), range(100000, 0, -1))))
print(max(enumerate(range(0, 300000, 7)), key=lambda p: p[1] % 1000))
