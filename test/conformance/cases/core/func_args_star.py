# *args, **kwargs, and unpacking in calls.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(show(), show(1, 2), show(a=1), show(1, *[2, 3], *(4,), b=5, **{"c": 6}, **{"d": 7}))
def add(a, b, c):
    return a + b + c
nums = [1, 2, 3]
print(add(*nums), add(*"abc"), add(1, *[2, 3]), add(**{"a": 1, "b": 2, "c": 3}), add(1, **{"c": 3, "b": 2}))
def pack(first, *rest):
    return first, rest
print(pack(1), pack(1, 2, 3), pack(*range(5)))
def kw_only(**opts):
    return sorted(opts.items())
print(kw_only(z=1, a=2), kw_only(**dict(x=1)))
def passthrough(*args, **kwargs):
    return show(*args, **kwargs)
print(passthrough(1, k="v"))
def mixed(a, *args, b=10, **kw):
    return a, args, b, kw
print(mixed(1, 2, 3, b=4, c=5), mixed(a=0), mixed(*[1], **{"b": 2}))
for call in (lambda: add(*[1, 2]), lambda: add(1, 2, 3, 4), lambda: add(1, **{"a": 2, "b": 3, "c": 4}), lambda: add(*5), lambda: add(**[1]), lambda: show(**{1: 2}), lambda: add(1, 2, c=3, **{"c": 4})):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
