# sys.getsizeof of generators and coroutines of several shapes, and their code's co_stacksize (3.11 has no StopIteration wrapper).
import sys
def g0():
    yield
def g1(a):
    x = a
    yield x
def g2(a, b, c):
    for i in range(a):
        yield (i, b, c)
def g3():
    yield [1, 2, 3, 4, 5, 6]
print(sys.getsizeof(g0()), sys.getsizeof(g1(1)), sys.getsizeof(g2(1, 2, 3)), sys.getsizeof(g3()))
print(g0.__code__.co_stacksize, g1.__code__.co_stacksize, g2.__code__.co_stacksize, g3.__code__.co_stacksize, g2.__code__.co_nlocals)
