# fuzz regression: property=differential kind=generated seed=3647709441 version=3.12
# from: generator
# problem when found:
#   stdout differs from CPython:
#     line 8: expected "7", got "6"
import gc, sys, weakref
n0 = 0
while n0 < 3:
    n0 += 1
class C1(object):
    __slots__ = ("tag", "link", "a2", "__weakref__")
    def __init__(self, tag):
        return self.tag * 2
print(sys.getrefcount(C1))
