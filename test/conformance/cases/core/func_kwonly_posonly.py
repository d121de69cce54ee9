# Keyword-only and positional-only parameters.
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5), f(1, 2, c=3, d=40, e=50, f=60), f(1, 2, 3, 4, e=5))
def pos_only(x, y=2, /):
    return x, y
print(pos_only(1), pos_only(1, 3))
def kw(*, key, value=None):
    return key, value
print(kw(key=1), kw(value=2, key=3))
def both(x, /, **kwargs):
    return x, kwargs
print(both(1, x=2))
calls = [
    lambda: f(1, b=2, c=3, e=5),
    lambda: f(1, 2, 3, 4, 5),
    lambda: f(1, 2, 3),
    lambda: pos_only(x=1),
    lambda: kw(1),
    lambda: kw(),
    lambda: kw(key=1, other=2),
    lambda: pos_only(1, 2, 3),
    lambda: f(1, 2, 3, e=1, c=3),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
print(f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__code__.co_argcount)
