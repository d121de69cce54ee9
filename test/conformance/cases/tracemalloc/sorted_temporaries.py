# sorted() copies its input to a new list and calls that list's bound sort method (a builtin method object,
# freed after the call): the peak over the result is that object plus merge_getmem's temp array.
import tracemalloc
def extra_peak(data, sort=sorted):
    tracemalloc.start()
    s = sort(data)
    cur, p = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return p - cur, len(s)
for n in (10, 300, 1000, 2000):
    print(n, extra_peak([(i * 7919) % 1000 for i in range(n)]), extra_peak([(i * 31) % 97 for i in range(n)]))
print(extra_peak(range(500), lambda d: sorted(d, reverse=True)), extra_peak(["b", "a", "c"], lambda d: sorted(d, key=str.upper)))
print(sorted([3, 1, 2], key=lambda v: -v), sorted("bca", reverse=True))
for bad in ({"foo": 1},):
    try:
        sorted([1], **bad)
    except TypeError as e:
        print(e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
