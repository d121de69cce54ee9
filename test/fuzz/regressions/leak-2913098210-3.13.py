# fuzz regression: property=leak kind=generated seed=2913098210 version=3.13
# from: generator
# problem when found:
#   1 object(s) still alive after shutdown with nothing left to free them; e.g. str "v2" (refcount 1)
def mk0(start):
    def inner(x):
        return total
def local3():
    n4 = 0
    while n4 < 1:
        v2 *= 1
print(local3())
