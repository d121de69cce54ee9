# Traced sizes of big-int results: CPython allocates the result of its digit algorithms before knowing how
# many 30-bit digits it needs (x_add: one carry digit more than the larger operand; x_sub: the larger
# operand, or up to the highest differing digit; x_mul: both operands' digits; shifts, ~, &, |, ^ and
# division their own estimates) and keeps that block after dropping leading zero digits, while one-digit
# operands take exact fast paths.  Each number is the traced memory the operation left (its result's
# block; 0 for a cached small int or the operand itself).
import gc
import operator as op
import tracemalloc

B = 2 ** 30
vals = {
    "m": 12345, "big2": B * 5 + 7, "big2b": B * 3 + 1, "big3": B * B * 2 + 99, "neg2": -(B * 5 + 7),
    "b53": 2 ** 53 + 1, "b60m1": 2 ** 60 - 1, "p30": B, "p30m": B - 1, "z": 0, "one": 1, "n90": -(2 ** 90),
    "lowdiff": B * 7 + 1257, "b7": B * 7,
}
cases = [
    ("add", "big2", "m"), ("add", "big2", "big2b"), ("add", "b60m1", "one"), ("add", "big2", "neg2"),
    ("add", "big3", "neg2"), ("add", "neg2", "m"), ("add", "p30m", "one"), ("add", "big2", "z"),
    ("sub", "big2", "big2b"), ("sub", "big2", "m"), ("sub", "big3", "big2"), ("sub", "z", "big2"),
    ("sub", "p30", "one"), ("sub", "big2", "neg2"), ("sub", "b53", "big2"), ("sub", "lowdiff", "b7"),
    ("mul", "big2", "m"), ("mul", "big2", "big2b"), ("mul", "p30m", "p30m"), ("mul", "big2", "one"),
    ("mul", "neg2", "big3"), ("mul", "big2", "z"), ("mul", "m", "m"),
    ("pow", "big2", 1), ("pow", "m", 2), ("pow", "m", 3), ("pow", "big2", 2), ("pow", "neg2", 3), ("pow", "m", 7),
    ("pow", "p30m", 5), ("pow", "m", 0),
    ("lshift", "m", 10), ("lshift", "m", 30), ("lshift", "m", 31), ("lshift", "big2", 1), ("lshift", "neg2", 60),
    ("lshift", "p30m", 1),
    ("rshift", "big2", 1), ("rshift", "big2", 30), ("rshift", "big3", 31), ("rshift", "neg2", 1),
    ("rshift", "n90", 30), ("rshift", "n90", 60), ("rshift", "n90", 0), ("rshift", "b60m1", 29),
    ("invert", "big2", None), ("invert", "neg2", None), ("neg", "big2", None), ("abs", "neg2", None),
    ("and", "big2", "big3"), ("and", "neg2", "big3"), ("or", "big2", "m"), ("or", "neg2", "big3"),
    ("xor", "big3", "big2"), ("xor", "neg2", "m"), ("or", "m", "neg2"),
    ("floordiv", "big3", "m"), ("floordiv", "big3", "big2"), ("mod", "big3", "big2"), ("floordiv", "neg2", "m"),
    ("mod", "big2", "big3"), ("mod", "neg2", "big3"), ("divmod", "big3", "big2"),
]
OPS = {
    "add": op.add, "sub": op.sub, "mul": op.mul, "pow": op.pow, "lshift": op.lshift, "rshift": op.rshift,
    "and": op.and_, "or": op.or_, "xor": op.xor, "floordiv": op.floordiv, "mod": op.mod, "divmod": divmod,
    "invert": lambda a, b: ~a, "neg": lambda a, b: -a, "abs": lambda a, b: abs(a),
}
args = []
for name, x, y in cases:
    args.append((OPS[name], vals[x], vals[y] if isinstance(y, str) else y))
N = len(cases)
out = [None] * N
M = [0] * (2 * N + 2)
t = tracemalloc.get_traced_memory
gc.collect()
tracemalloc.start()
ballast = bytes(300)  # readings stay above 256: each one makes a 32-byte int
M[0] = t()[0]  # warm-up
M[1] = t()[0]
k = 0
while k < N:
    f, a, b = args[k]
    M[2 * k + 2] = t()[0]
    out[k] = f(a, b)
    M[2 * k + 3] = t()[0]
    k += 1
tracemalloc.stop()
for k in range(N):
    name, x, y = cases[k]
    same = out[k] is args[k][1]
    print(name, x, y, M[2 * k + 3] - M[2 * k + 2] - 32, "same object" if same else "")
