# sum() takes one item at a time and releases it before asking for the next (builtin_sum_impl):
# side effects interleave, items do not pile up, and the int / float fast paths fall back exactly.
import sys
import tracemalloc


class Logged:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        print("  radd", self.v, "to", other)
        return other + self.v


def gen(n):
    for i in range(n):
        print("  yield", i)
        yield Logged(i)


print("interleaved:", sum(gen(3)))
print("with start:", sum(gen(2), 10))


# int fast path: exact ints and bools, overflow of a C long, then other types
big = 2**62
print(sum([big, big, big]), sum([True, True, 3]), sum([1, 2**70, 3]), sum([-big, -big, -big, -big]))
print(sum([1, 2.5, 3]), sum([1, 2, 0.5, 2**80]), sum([0.5, 2**63, 1]))


class I(int):
    def __radd__(self, other):
        print("  I.radd", int(self))
        return NotImplemented


print(sum([1, I(2), 3]))
print(sum([0.5, I(2), 3]))  # the float path takes an int subclass without calling it
print(sum([1.5, True, 2**64, 0.25]))

# float totals: compensated on 3.12+, integers added without compensation
print(repr(sum([0.1] * 10)), repr(sum([1e100, 1.0, -1e100, 1.0])), repr(sum([0.1, 10**15, 0.1, -(10**15)])))
print(repr(sum([float("inf"), 1.0])), repr(sum([-0.0, -0.0])), repr(sum([1e308, 1e308, -1e308])))
print(repr(sum([], -0.0)), repr(sum([0.1, 0.2], 0.0)), repr(sum(iter([0.1, 0.2, 0.3]), 1)))

# the generic loop: PyNumber_Add, never in place
empty = []
print(sum([[1], [2], [3]], empty), empty, sum([(1,), (2,)], ()))

# errors: start type checks (after the iterable's __iter__), failing items
for args in [("ab", ""), ([b"a"], b""), ([], bytearray())]:
    try:
        sum(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum(5)
except TypeError as e:
    print("TypeError:", e)


class Boom:
    def __iter__(self):
        print("  __iter__ called")
        return iter([1])


try:
    sum(Boom(), "x")
except TypeError as e:
    print("TypeError:", e)


def failing():
    yield 1
    yield 2.5
    raise ValueError("stop")


try:
    sum(failing())
except ValueError as e:
    print("ValueError:", e)

# one item alive at a time: the peak stays small and freed items' blocks are reused
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
tracemalloc.reset_peak()
total = sum(i * 1000 for i in range(2000))
peak = tracemalloc.get_traced_memory()[1] - before
tracemalloc.stop()
print(total, peak < 4000)
x = 10**30
print(sum([x, x]), sys.getrefcount(x))
