# A long multi-line call: 3.13 abbreviates the middle lines as ...<N lines>...
# conformance: compare-stderr=full
def fail(*args):
    return args[0] / args[-1]

value = [
    fail(
        1,
        2,
        3,
        4,
        0,
    )
]
