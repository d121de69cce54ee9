# s += c on a function's local str (BINARY_OP_INPLACE_ADD_UNICODE): the str is resized in place while its
# pymalloc size class allows, so id(s) stays; it moves when the block is outgrown; sys.getsizeof follows.
import sys


def grow(start, piece, n):
    s = start * 2          # a new str only this local references
    marks = []
    sizes = []
    for _ in range(n):
        before = id(s)
        s += piece
        marks.append('.' if id(s) == before else 'm')
        sizes.append(sys.getsizeof(s))
    return ''.join(marks), sizes, len(s)


for start, piece, n in [('ab', 'c', 40), ('ab', 'xyz', 30), ('\xe9t', 'e', 30),
                        ('\u0100x', 'y', 30), ('\U0001f600', 'z', 20), ('\u0100x', '\U0001f600', 5)]:
    marks, sizes, length = grow(start, piece, n)
    print(marks)
    print(sizes[0], sizes[-1], length)


def equal_form(n):
    # s = s + c is the same instruction sequence as s += c (NB_ADD instead of NB_INPLACE_ADD)
    s = 'q' * 3
    marks = ''
    for i in range(n):
        before = id(s)
        s = s + 'r'
        marks += '.' if id(s) == before else 'm'
    return marks


print(equal_form(30))


def prepend(n):
    # the left operand is not the target local: never in place
    s = 'q' * 3
    marks = ''
    for i in range(n):
        before = id(s)
        s = 'r' + s
        marks += '.' if id(s) == before else 'm'
    return marks


print(prepend(12))
print(sys.getrefcount(grow('ab', 'c', 3)[0]))
# beyond 512 bytes the block comes from malloc: the sizes only (whether malloc's realloc moves it depends on
# the C heap around it)
marks, sizes, length = grow('a' * 300, 'b' * 7, 40)
print(sizes[0], sizes[-1], length)
