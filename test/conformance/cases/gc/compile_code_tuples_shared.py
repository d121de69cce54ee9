# makecode merges co_names, co_consts and co_localsplusnames through the compiler's constant cache: equal
# tuples of different code objects, and a tuple constant equal to one of them, are one object.
def f(a, b):
    return a.x + b.y


def g(a, b):
    return a.x * b.y


def h():
    return ('x', 'y')


def k(a, b):
    return 1.5


print(f.__code__.co_names is g.__code__.co_names)
print(f.__code__.co_consts is g.__code__.co_consts)
print(f.__code__.co_consts is k.__code__.co_consts)
print(h() is f.__code__.co_names)
print(f.__code__.co_varnames == k.__code__.co_varnames)
