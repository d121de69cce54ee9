# BINARY_OP_INPLACE_ADD_UNICODE needs the instruction after BINARY_OP to be a STORE_FAST. 3.13's compiler
# pairs a STORE_FAST with a following LOAD_FAST / STORE_FAST on the same line (STORE_FAST_LOAD_FAST), which
# hides it; 3.11 / 3.12 pair at quickening (STORE_FAST__LOAD_FAST, which the specializer accepts).


def same_line(n):
    s = 'ab' * 2
    k = 0
    marks = ''
    for i in range(n):
        before = id(s); s += 'c'; k += 1
        marks += '.' if id(s) == before else 'm'
    return marks


def next_line(n):
    s = 'ab' * 2
    k = 0
    marks = ''
    for i in range(n):
        before = id(s)
        s += 'c'
        k += 1
        marks += '.' if id(s) == before else 'm'
    return marks


def load_same_line(n):
    s = 'ab' * 2
    marks = ''
    for i in range(n):
        before = id(s)
        s += 'c'; t = s
        marks += '.' if id(s) == before else 'm'
        del t
    return marks


def call_same_line(n):
    s = 'ab' * 2
    marks = ''
    for i in range(n):
        before = id(s)
        s += 'c'; marks += '.' if id(s) == before else 'm'
    return marks


def many_locals(n):
    # the str's local is the 17th: no superinstruction in 3.13 (opargs must be below 16)
    a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = a9 = a10 = a11 = a12 = a13 = a14 = a15 = 0
    s = 'ab' * 2
    k = 0
    marks = ''
    for i in range(n):
        before = id(s); s += 'c'; k += 1
        marks += '.' if id(s) == before else 'm'
    return marks


def loop_end(n):
    s = 'ab' * 2
    ids = []
    for i in range(n): ids.append(id(s)); s += 'c'
    return ''.join('.' if a == b else 'm' for a, b in zip(ids, ids[1:]))


for f in (same_line, next_line, load_same_line, call_same_line, many_locals, loop_end):
    print(f.__name__, f(12))
