# Multi-line failing expressions: 3.11/3.12 mark the first line only, 3.13 shows every line (or ...<N lines>...).
# conformance: compare-stderr=full
def add(a, b):
    return (a +
            b)

def build(*parts):
    return add(
        parts[0],
        parts[1],
    )

total = build(
    1,
    "two",
)
