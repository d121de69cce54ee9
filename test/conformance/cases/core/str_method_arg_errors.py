# str methods: argument-count and argument-type errors with each method's CPython calling convention.
calls = [
    lambda: 'a'.split(1), lambda: 'a'.split(',', 1, 2), lambda: 'a'.split(',', 'x'), lambda: 'a'.split(foo=1),
    lambda: 'a'.split(',', sep=','), lambda: 'a'.strip(1), lambda: 'a'.lstrip(1, 2), lambda: 'a'.strip(chars=1),
    lambda: 'a'.find(1), lambda: 'a'.find(), lambda: 'a'.find('a', 1, 2, 3), lambda: 'a'.find('a', 'x'),
    lambda: 'a'.count(1), lambda: 'a'.count('a', k=1), lambda: 'a'.index('b'), lambda: 'a'.rindex('b'),
    lambda: 'a'.replace(1, 'x'), lambda: 'a'.replace('a', 1), lambda: 'a'.replace('a'), lambda: 'a'.replace('a', 'b', 'c'),
    lambda: 'a'.replace('a', 'b', 1, 2), lambda: 'a'.replace('a', 'b', count=1), lambda: 'a'.startswith(1),
    lambda: 'a'.startswith((1,)), lambda: 'a'.startswith(('a', 1)), lambda: 'a'.endswith(1), lambda: 'a'.startswith(),
    lambda: 'a'.partition(1), lambda: 'a'.partition(''), lambda: 'a'.rpartition(), lambda: 'a'.center(),
    lambda: 'a'.center('x'), lambda: 'a'.center(5, 'ab'), lambda: 'a'.center(5, 1), lambda: 'a'.ljust(1.5),
    lambda: 'a'.center(1, ' ', 3), lambda: 'a'.zfill(), lambda: 'a'.zfill('x'), lambda: 'a'.zfill(2 ** 70),
    lambda: 'a'.upper(1), lambda: 'a'.title(x=1), lambda: 'a'.isalpha(1), lambda: 'a'.join(), lambda: 'a'.join([1]),
    lambda: 'a'.join(['a', 2]), lambda: 'a'.join(1), lambda: 'a'.encode(1), lambda: 'a'.encode(errors=1),
    lambda: 'a'.encode('a', 'b', 'c'), lambda: 'a'.encode(foo=1), lambda: 'a'.encode('no-such-codec'),
    lambda: 'a'.expandtabs('x'), lambda: 'a'.expandtabs(1, 2), lambda: 'a'.removeprefix(1), lambda: 'a'.removesuffix(),
    lambda: 'a'.splitlines(1, 2), lambda: 'a'.split(''), lambda: 'a'.rsplit(None, 'x'), lambda: 'a'.translate(),
    lambda: 'a'.translate(1), lambda: 'abc'.translate({97: 1.5}), lambda: 'abc'.translate({97: 0x110000}),
    lambda: str.maketrans(), lambda: str.maketrans(1), lambda: str.maketrans('ab', 'a'), lambda: str.maketrans({'ab': 1}),
    lambda: str.maketrans({1.5: 1}), lambda: str.maketrans('a', 1), lambda: str.maketrans(1, 'b'), lambda: str.maketrans('a', 'b', 1),
    lambda: 'a'.format_map(), lambda: 'a'.__format__(1), lambda: 'a'.__format__('d'), lambda: str.join(1, []),
    lambda: 'a'.__contains__(1), lambda: 'ab'.__mul__('x'), lambda: 'ab'.__add__(1), lambda: 'a'.__add__(),
]
for f in calls:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
