# sum() keeps an int total in a C integer and makes the result at the end: PyLong_FromLong on 3.11 (32 bytes
# for one digit), PyLong_FromSsize_t on 3.12+ (28); so does the total it hands on when an item is not an int.
import tracemalloc
data = list(range(50))
tests = [
    ("list", lambda: sum(data)),
    ("generator", lambda: sum(x for x in data)),
    ("map", lambda: sum(map(int, data))),
    ("start", lambda: sum(data, 1000)),
    ("negative", lambda: sum(data, -5000)),
    ("two digits", lambda: sum([2**40, 2**40])),
    ("then float", lambda: sum([100000, 200000, 0.5])),
]
tracemalloc.start()
keep = []
for name, fn in tests:
    fn()
    a = tracemalloc.get_traced_memory()[0]
    r = fn()
    b = tracemalloc.get_traced_memory()[0]
    keep.append(r)
    print(name, r, b - a)
