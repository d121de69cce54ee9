# Decorators: plain, stacked, on methods, class decorators.
calls = []
def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}{args} -> {result}")
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
print(add.__name__, calls)
def bold(fn):
    return lambda: "<b>" + fn() + "</b>"
def italic(fn):
    return lambda: "<i>" + fn() + "</i>"
@bold
@italic
def text():
    return "hi"
print(text())
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha():
    return "a"
@register
def beta():
    return "b"
print(sorted(registry), registry["beta"]())
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, name):
        self.name = name
print(Config("first").name, Config("second").name, Config("x") is Config("y"))
def add_method(cls):
    cls.shout = lambda self: self.word.upper()
    return cls
@add_method
class Word:
    def __init__(self, w):
        self.word = w
print(Word("hey").shout())
class Counter:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *args):
        self.count += 1
        return self.fn(*args)
@Counter
def square(x):
    return x * x
print(square(3), square(4), square.count)
def deco_order(label):
    print("making", label)
    def d(fn):
        print("applying", label)
        return fn
    return d
@deco_order("outer")
@deco_order("inner")
def target():
    pass
