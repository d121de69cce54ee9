# Comprehension scoping: own scope, leaking, class bodies, closures.
x = "global"
result = [x for x in range(3)]
print(result, x)
print([x for _ in range(2)])
gen = (x for x in "ab")
print(x, list(gen))
n = 10
print([n + i for i in range(3)])
class K:
    data = [1, 2, 3]
    doubled = [d * 2 for d in data]
    size = 2
    try:
        bad = [size for _ in range(2)]
    except NameError as e:
        err = f"{type(e).__name__}: {e}"
    first = [v for v in data if v > 1]
print(K.doubled, K.first, K.err)
def outer():
    y = 5
    return [y * i for i in range(3)], {i: y for i in range(2)}, list(y + i for i in range(2))
print(outer())
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print([[i for i in range(j)] for j in range(4)])
i = "outer i"
[i for i in range(5)]
print(i)
print([(lambda: k)() for k in range(3)])
total = 0
[total := total + v for v in range(5)]
print(total)
