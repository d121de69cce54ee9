# Allocation-heavy: many short-lived lists, tuples and dicts (pymalloc and freelists at work).
def build(n):
    rows = []
    for i in range(n):
        t = (i, i + 1, i * 2)
        rows.append([t, {"id": i, "sq": i * i}, [i] * 3])
    return rows


checksum = 0
for rnd in range(12):
    rows = build(8000)
    for t, d, l in rows:
        checksum += t[2] + d["sq"] % 7 + len(l)
    pairs = [(r[1]["id"], r[0]) for r in rows if r[1]["id"] % 3 == 0]
    index = {k: v for k, v in pairs}
    checksum += len(index) + len(pairs)
    del rows, pairs, index

matrix = [[(i * j) % 10 for j in range(100)] for i in range(100)]
for _ in range(10):
    matrix = [list(row) for row in zip(*matrix)]
print("checksum", checksum, sum(map(sum, matrix)))
