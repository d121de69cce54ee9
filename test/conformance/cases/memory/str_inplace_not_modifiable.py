# When `s += x` cannot resize the str in place (unicode_modifiable): another reference, a computed hash,
# interning, a wider kind on the right, module-level code (STORE_NAME), or the empty string.
import sys


def run(label, prep, n=12):
    s = 'ab' * 2
    keep = []
    marks = ''
    for i in range(n):
        extra = prep(s, i)
        if extra is not None:
            keep.append(extra)
        before = id(s)
        s += 'c'
        marks += '.' if id(s) == before else 'm'
    print(label, marks, len(s), sys.getrefcount(s))


run('plain', lambda s, i: None)
run('alias', lambda s, i: s)                        # refcount > 1: a new str each time
run('alias-odd', lambda s, i: s if i % 2 else None)
run('hashed', lambda s, i: hash(s) and None)         # hash computed: never modifiable again
run('dict-key', lambda s, i: {s: i})
run('hashed-once', lambda s, i: (hash(s) and None) if i == 5 else None)
run('interned', lambda s, i: sys.intern(s) and None)
run('set', lambda s, i: s in {'x'} and None)
run('eq', lambda s, i: (s == 'abab') and None)       # comparing does not hash


def interned_local(n):
    s = sys.intern('ab' * 3)
    marks = ''
    for i in range(n):
        before = id(s)
        s += 'c'
        marks += '.' if id(s) == before else 'm'
    return marks


print('intern-start', interned_local(10))


def kinds(start, piece, n):
    s = start * 2
    marks = ''
    for i in range(n):
        before = id(s)
        s += piece
        marks += '.' if id(s) == before else 'm'
    return marks


print('ascii+latin1', kinds('ab', '\xe9', 8))
print('latin1+ascii', kinds('\xe9b', 'c', 8))
print('ascii+ucs2', kinds('ab', '\u0100', 8))
print('ucs2+latin1', kinds('\u0100b', '\xe9', 8))
print('ucs2+ucs4', kinds('\u0100b', '\U0001f600', 8))
print('ucs4+ucs2', kinds('\U0001f600', '\u0100', 8))


def from_empty(n):
    s = ''
    marks = ''
    for i in range(n):
        before = id(s)
        s += 'xy'
        marks += '.' if id(s) == before else 'm'
    return marks


print('empty', from_empty(10))


def add_empty(n):
    s = 'ab' * 2
    marks = ''
    for i in range(n):
        before = id(s)
        s += '' if i % 2 else 'z'
        marks += '.' if id(s) == before else 'm'
    return marks


print('add-empty', add_empty(12))

# module level: STORE_NAME, never in place
s = 'ab' * 2
marks = ''
for i in range(12):
    before = id(s)
    s += 'c'
    marks += '.' if id(s) == before else 'm'
print('module', marks)


class Body:
    s = 'ab' * 2
    marks = ''
    for i in range(12):
        before = id(s)
        s += 'c'
        marks += '.' if id(s) == before else 'm'
    print('class', marks)


def cell(n):
    # a local captured by a closure lives in a cell: STORE_DEREF, never in place
    s = 'ab' * 2
    marks = ''
    for i in range(n):
        before = id(s)
        s += 'c'
        marks += '.' if id(s) == before else 'm'
    get = lambda: s
    return marks, len(get())


print('cell', cell(10))

g = 'ab' * 2


def glob(n):
    global g
    marks = ''
    for i in range(n):
        before = id(g)
        g += 'c'
        marks += '.' if id(g) == before else 'm'
    return marks


print('global', glob(10))


def argument(s, n):
    # the caller's reference: a new str first, then that one is extended in place
    marks = ''
    for i in range(n):
        before = id(s)
        s += 'c'
        marks += '.' if id(s) == before else 'm'
    return marks


t = 'ab' * 2
print('argument', argument(t, 10), t)


def refcounts(n):
    s = 'ab' * 2
    counts = []
    for i in range(n):
        s += 'c'
        counts.append(sys.getrefcount(s))
    return counts


print('refcounts', refcounts(6))
