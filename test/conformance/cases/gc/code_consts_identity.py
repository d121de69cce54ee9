# A code object owns its co_consts and co_names tuples (made once by the compiler): every access returns
# the same tuple, not a copy.
import sys
def f(x):
    return (x, len, "a", 2.5)
c = f.__code__
print(c.co_consts is c.co_consts, c.co_names is c.co_names)
print(sys.getrefcount(c.co_consts), sys.getrefcount(c.co_names))
print(c.co_consts, c.co_names, c.co_varnames)
g = compile("y = 1\nz = y", "<s>", "exec")
print(g.co_consts is g.co_consts, g.co_names, sys.getrefcount(g.co_names))
