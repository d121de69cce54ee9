# tracemalloc and `s += x` resized in place: the block is realloc'ed (its trace grows by the characters
# added), not allocated anew, so the traced total grows by the characters and the peak stays near one copy.
import sys
import tracemalloc


def build(n, piece):
    s = 'ab' * 2
    deltas = [0] * n
    prev, _ = tracemalloc.get_traced_memory()
    for i in range(n):
        s += piece
        cur, _ = tracemalloc.get_traced_memory()
        deltas[i] = cur - prev
        prev = cur
    return s, deltas


def peak_of(n, piece, alias):
    s = 'ab' * 2
    keep = None
    cur0, _ = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    for i in range(n):
        if alias:
            keep = s
        s += piece
        keep = None
    cur, peak = tracemalloc.get_traced_memory()
    return cur - cur0, peak - cur0, sys.getsizeof(s)


tracemalloc.start()
s, deltas = build(12, 'xyz')
print(deltas)
print(sys.getsizeof(s), len(s))
del s
s, deltas = build(12, 'xyz')
print(deltas)
del s
s, deltas = build(200, 'x')
print(deltas[-20:], sys.getsizeof(s))
del s
s, deltas = build(40, 'x' * 20)
print(deltas, sys.getsizeof(s))
del s
print(peak_of(12, 'xyz', False))
print(peak_of(12, 'xyz', True))
print(peak_of(12, 'xyz', False))
print(peak_of(100, 'x' * 50, False))
print(peak_of(100, 'x' * 50, True))


def traced_line(n):
    s = 'q' * 10
    lines = []
    for i in range(n):
        s += 'w'
        tb = tracemalloc.get_object_traceback(s)
        lines.append(tb is not None and tb[0].lineno)
    return lines


print(traced_line(4))
tracemalloc.stop()
