# code object name tuples: an argument captured by an inner function is in both co_varnames and co_cellvars.
def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    inc.reset = reset
    return inc


code = make_counter.__code__
print("varnames:", code.co_varnames)
print("cellvars:", code.co_cellvars)
print("nlocals:", code.co_nlocals)
inc = make_counter(10, 5)
print("inc freevars:", inc.__code__.co_freevars, [c.cell_contents for c in inc.__closure__])
print("reset freevars:", inc.reset.__code__.co_freevars)


def f(a, b, *args, c, **kw):
    x = 1

    def g():
        return a, c, x, kw

    return g


print(f.__code__.co_varnames, f.__code__.co_cellvars, f(1, 2, c=3).__code__.co_freevars)
print("names are the code's own objects:", f.__code__.co_varnames[0] is f.__code__.co_cellvars[0])
