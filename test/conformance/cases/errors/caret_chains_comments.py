# Markers for method chains, comments and backslash continuations inside failing expressions.
# conformance: compare-stderr=full
class O:
    def m(self):
        return self
    def boom(self):
        raise KeyError(1)

def a():
    return O().m().boom()

def b():
    x = a()
    return x

def c():
    y = (b()  # comment
         + 1)
    return y

def d():
    return c() \
        + 1

z = [d()
     for _ in range(1)]
