# compare-stderr is full here: a simple traceback through two functions, caret lines included.
# conformance: compare-stderr=full
def ratio(a, b):
    return a / b
def report(values):
    print("computing")
    return [ratio(v, v - 2) for v in values]
print(report([4, 3]))
print(report([1, 2]))
