# Closures: captured variables, late binding, cell sharing.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc()
print(inc(), get())
inc2, get2 = make_counter()
print(inc2(), get())
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def make_multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers_fixed()])
def adder(n):
    def add(x):
        return x + n
    return add
add5 = adder(5)
print(add5(1), adder(-1)(1), add5.__closure__[0].cell_contents, add5.__code__.co_freevars)
def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    x = 2
    return middle()
print(outer()())
def shared():
    data = []
    def push(v):
        data.append(v)
    def snapshot():
        return list(data)
    return push, snapshot
push, snap = shared()
push(1); push(2)
print(snap())
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
print(compose(str, abs, lambda v: v - 10)(3))
def unbound():
    def read():
        return later
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
    later = "bound"
    return read()
print(unbound())
print(make_counter.__closure__, add5.__name__, add5.__qualname__)
