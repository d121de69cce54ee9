# global and nonlocal statements; UnboundLocalError.
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def create_global():
    global created
    created = "made inside"
create_global()
print(created)
x = "module"
def shadow():
    x = "local"
    return x
print(shadow(), x)
def broken():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 1
broken()
def outer():
    a = 1
    def mid():
        nonlocal a
        a += 10
        def inner():
            nonlocal a
            a *= 2
        inner()
    mid()
    return a
print(outer())
def scopes():
    v = "enclosing"
    def f():
        global v
        return v
    return f()
v = "global v"
print(scopes())
print(isinstance(UnboundLocalError(), NameError))
def loop_closure():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(loop_closure())
def deleted():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(deleted())
try:
    print(undefined_name)
except NameError as e:
    print(type(e).__name__, e)
