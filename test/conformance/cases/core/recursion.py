# Recursion: classic algorithms and RecursionError.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append([x] + p)
    return out
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
def depth(obj):
    return 1 + max((depth(x) for x in obj), default=0) if isinstance(obj, list) else 0
print(fact(20), fact(30), fib(90), len(hanoi(6, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))
print(permutations([1, 2, 3]), ackermann(2, 3), depth([1, [2, [3, []]], []]))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(77))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
import sys
print(sys.getrecursionlimit())
def count_depth(n=0):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n
print(count_depth() > 900)
