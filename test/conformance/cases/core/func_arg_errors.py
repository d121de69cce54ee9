# Exact messages of argument-binding errors.
def none():
    pass
def one(a):
    pass
def two(a, b):
    pass
def defaults(a, b=1, c=2):
    pass
def varargs(a, *args):
    pass
def kwonly(a, *, b, c):
    pass
class C:
    def method(self, x):
        pass
    @staticmethod
    def smeth(x):
        pass
    @classmethod
    def cmeth(cls, x):
        pass
cases = [
    lambda: none(1),
    lambda: none(1, 2),
    lambda: none(a=1),
    lambda: one(),
    lambda: one(1, 2),
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, a=1),
    lambda: two(b=2, c=3),
    lambda: defaults(),
    lambda: defaults(1, 2, 3, 4),
    lambda: varargs(),
    lambda: varargs(b=1),
    lambda: kwonly(1),
    lambda: kwonly(1, 2),
    lambda: kwonly(1, b=2),
    lambda: C().method(),
    lambda: C().method(1, 2),
    lambda: C.method(1),
    lambda: C.smeth(),
    lambda: C.cmeth(1, 2),
    lambda: C(1),
    lambda: (lambda x: x)(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: isinstance(1),
    lambda: int(x=1),
    lambda: print(bad=1),
    lambda: sorted([1], 2),
    lambda: [].append(),
    lambda: {}.get(),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
