# fuzz regression: property=differential kind=generated seed=2742685123 version=3.12
# from: generator
# problem when found:
#   stdout differs from CPython:
#     line 22: expected "104", got "88"
import gc, sys, weakref
def mk0(start):
    cells = [start]
    helper = lambda v: v * 3
    def inner(x):
        return sum(cells)
    return inner
f1 = mk0(int(0.1))
class C2(Exception):
    def __init__(self, tag):
        self.a3 = tag * 7
    def __repr__(self):
        return f"C2({self.tag})"
o5 = C2(125)
o8 = C2(sum(()))
print(o8, o8.a3)
def f9(x):
    def rec(n):
        if n <= 0:
            return 1
print(o5.a3)
print(sys.getsizeof(o5))
v11 = set()
