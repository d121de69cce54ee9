# Integer arithmetic in tight loops: for/while, augmented assignment, comparisons, modulo.
def collatz_steps(limit):
    total = 0
    longest = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n % 2 == 0:
                n //= 2
            else:
                n = 3 * n + 1
            steps += 1
        total += steps
        if steps > longest:
            longest = steps
    return total, longest


def sieve_count(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count


total, longest = collatz_steps(30000)
print("collatz", total, longest)
print("primes", sieve_count(300000))
acc = 0
for i in range(400000):
    acc = (acc + i * i) % 1000003
print("acc", acc)
