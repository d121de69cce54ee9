# for/while loops with else, break, continue, nested loops.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("empty for-else runs")
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("while", i)
else:
    print("not printed because of break")
j = 0
while j < 3:
    j += 1
else:
    print("while-else after", j)
for a in range(3):
    for b in range(3):
        if b == a:
            continue
        if a + b == 3:
            break
        print("pair", a, b)
found = None
for idx, word in enumerate(["alpha", "beta", "gamma"]):
    if "m" in word:
        found = idx
        break
print("found", found, "loop var after", word, idx)
for k in range(3):
    pass
print("k after loop", k)
total = 0
for v in range(100):
    if v % 7:
        continue
    total += v
print(total)
def search(items, target):
    for item in items:
        if item == target:
            return "returned from inside loop"
    else:
        return "else branch"
print(search([1, 2], 2), search([1, 2], 3))
count = 0
while True:
    count += 1
    if count >= 5:
        break
print(count)
for ch in "ab":
    for n in (1, 2):
        print(ch, n, end="; ")
print()
items = [1, 2, 3]
for it in items:
    if it == 1:
        items.append(4)
    print(it, end=" ")
print()
