# Position markers for binary operators (incl. two-char and parenthesised operands) and subscripts.
# conformance: compare-stderr=full
def div(a, b):
    return (a) // (b)

def pick(d, k):
    return d["x"]["y"] + d[ k ]

def run():
    try:
        div(1, 0)
    except ZeroDivisionError as e:
        print("caught", type(e).__name__)
    data = {"x": {"y": 1}}
    value = pick(data, "missing")
    print(value)

run()
