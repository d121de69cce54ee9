# Markers in chained tracebacks and repeated recursive frames.
# conformance: compare-stderr=full
def down(n):
    if n == 0:
        return [][n]
    return down(n - 1) + 0

def main():
    try:
        down(6)
    except IndexError as e:
        raise RuntimeError("wrapped") from e

main()
