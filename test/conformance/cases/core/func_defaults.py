# Default arguments, including the mutable default gotcha.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)
def safe_append(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safe_append(1), safe_append(2))
counter_default = 10
def uses_default(x=counter_default):
    return x
counter_default = 20
print(uses_default(), uses_default.__defaults__)
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3), f(1, 5, 6, 7, c=8, e=9), f.__defaults__, f.__kwdefaults__)
def counter(calls={"n": 0}):
    calls["n"] += 1
    return calls["n"]
print(counter(), counter(), counter())
def g(x, y=[]):
    y = y + [x]
    return y
print(g(1), g(2))
print(greet.__name__, greet.__code__.co_argcount, greet.__code__.co_varnames)
