# Closures and cycles: a recursive inner function refers to itself through its cell; a function stored in
# an object it closes over; lambdas in default arguments.
import gc


def make_recursive():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)

    return fact


class Holder:
    pass


def make_holder():
    h = Holder()

    def get():
        return h

    h.get = get
    return None


gc.collect()
f = make_recursive()
print("fact(5):", f(5))
del f
print("recursive closure ->", gc.collect())
make_holder()
print("object holding a closure over itself ->", gc.collect())
for _ in range(3):
    make_recursive()
print("three recursive closures ->", gc.collect())


def outer():
    x = []

    def inner():
        return x

    x.append(inner)


outer()
print("list holding a closure over the list ->", gc.collect())
