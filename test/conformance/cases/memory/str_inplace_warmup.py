# When BINARY_OP becomes BINARY_OP_INPLACE_ADD_UNICODE: the adaptive counter's warm-up (3.12+: the second
# execution specializes; 3.11: the code object is quickened after 8 RESUME / JUMP_BACKWARD first), the
# back-off after failed specializations, and deoptimization (53 misses) after another specialization.


def loop(n):
    s = 'ab' * 2
    marks = ''
    for i in range(n):
        before = id(s)
        s += 'c'
        marks += '.' if id(s) == before else 'm'
    return marks


print('loop', loop(12))
print('again', loop(12))


def once(s, piece):
    # one execution per call: warm-up by calls (RESUME)
    t = s * 1 + piece      # a new str only t references
    before = id(t)
    t += piece
    return '.' if id(t) == before else 'm'


print('calls', ''.join(once('abcd', 'e') for _ in range(14)))


def while_loop(n):
    s = 'xy' * 2
    marks = ''
    i = 0
    while i < n:
        before = id(s)
        s = s + 'z'
        marks += '.' if id(s) == before else 'm'
        i += 1
    return marks


print('while', while_loop(12))


def acc(start, piece, n):
    # one site for every operand type: ints, floats and lists specialize (or fail) first
    s = start * 1 if type(start) is not str else start * 2
    marks = ''
    for i in range(n):
        before = id(s)
        s += piece
        marks += '.' if id(s) == before else 'm'
    return marks


print('ints', acc(0, 1, 5))
print('strs', acc('ab', 'c', 70))
print('floats', acc(0.5, 1.0, 3))
print('strs', acc('ab', 'c', 70))
print('lists', acc([0], [1], 3))
print('strs', acc('ab', 'c', 70))
print('lists', acc([0], [1], 40))
print('strs', acc('ab', 'c', 70))
print('strs', acc('ab', 'c', 70))


def mixed(n):
    # one site alternating str and int operands
    s = 'ab' * 2
    k = 0
    marks = ''
    for i in range(n):
        before = id(s)
        s += 'c'
        marks += '.' if id(s) == before else 'm'
        k += 1
    return marks


print('mixed', mixed(20))


def gen(n):
    s = 'ab' * 2
    for i in range(n):
        before = id(s)
        s += 'c'
        yield '.' if id(s) == before else 'm'


print('gen', ''.join(gen(12)))


def while_true(n):
    s = 'xy' * 2
    marks = ''
    i = 0
    while True:
        if i >= n:
            break
        before = id(s)
        s += 'z'
        marks += '.' if id(s) == before else 'm'
        i += 1
    return marks


print('while-true', while_true(12))


def while_continue(n):
    s = 'xy' * 2
    marks = ''
    i = 0
    while i < n:
        i += 1
        before = id(s)
        s += 'z'
        marks += '.' if id(s) == before else 'm'
        if i % 2:
            continue
        marks += ','
    return marks


print('while-continue', while_continue(14))


def while_and(n, limit):
    s = 'xy' * 2
    marks = ''
    i = 0
    while i < n and len(s) < limit:
        before = id(s)
        s += 'z'
        marks += '.' if id(s) == before else 'm'
        i += 1
    return marks


print('while-and', while_and(14, 100))


def nested(n):
    s = 'xy' * 2
    marks = ''
    for i in range(n):
        for j in range(2):
            before = id(s)
            s += 'z'
            marks += '.' if id(s) == before else 'm'
    return marks


print('nested', nested(7))


def acc2(start, piece, n):
    s = start * 1 if type(start) is not str else start * 2
    marks = ''
    for i in range(n):
        before = id(s)
        s += piece
        marks += '.' if id(s) == before else 'm'
    return marks


# specialized for ints first (3.11: once quickened), then 53 misses deoptimize it (3.11: back to
# BINARY_OP_ADAPTIVE, whose counter then waits 31 more executions)
print('ints', acc2(0, 1, 20))
print('strs', acc2('ab', 'c', 130))
print('floats', acc2(0.5, 0.25, 130))
print('strs', acc2('ab', 'c', 130))
