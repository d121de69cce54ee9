# Decorators with arguments and functools.wraps.
import functools
def repeat(times):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator
@repeat(3)
def hello(name):
    """Say hello."""
    return f"hello {name}"
print(hello("x"), hello.__name__, hello.__doc__, hello.__wrapped__("y"), hello.__qualname__)
def no_wraps(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper
@no_wraps
def documented():
    """Docs."""
print(documented.__name__, documented.__doc__)
def validate(**types):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return fn(**kwargs)
        return wrapper
    return decorator
@validate(x=int, y=str)
def combine(x, y):
    return y * x
print(combine(x=2, y="ab"))
try:
    combine(x="2", y="ab")
except TypeError as e:
    print(type(e).__name__, e)
def memo(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
def optional_args(fn=None, *, prefix=">"):
    if fn is None:
        return lambda f: optional_args(f, prefix=prefix)
    @functools.wraps(fn)
    def wrapper(*a):
        return prefix + str(fn(*a))
    return wrapper
@optional_args
def one():
    return 1
@optional_args(prefix="#")
def two():
    return 2
print(one(), two(), one.__name__, two.__name__)
print(sorted(k for k in functools.WRAPPER_ASSIGNMENTS), functools.WRAPPER_UPDATES)
