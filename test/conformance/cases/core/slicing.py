# Slicing: bounds, negative steps, slice objects, indices().
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7], xs[::3], xs[1::2], xs[::-1], xs[8:2:-2], xs[-1:-4:-1], xs[5:5], xs[9:0], xs[-100:100])
print(xs[::-4], xs[3::-1], xs[:3:-1], xs[100:], xs[:-100])
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, xs[s], "abcdefghij"[s], tuple(range(20))[s])
print(slice(5), slice(None, None, -1), xs[slice(None, None, -1)] == xs[::-1])
print(slice(1, 100, 3).indices(10), slice(None, None, -1).indices(5), slice(-3, None).indices(8), slice(-100, -50).indices(10))
print(range(10)[2:8:2], range(10)[::-1], range(0, 20, 3)[1:], range(10)[-1], len(range(5, 100, 7)[3:]))
print(b"abcdef"[1:4], bytearray(b"abcdef")[::2], "abcdef"[-2:], (1, 2, 3)[1:])
print(slice(1, 2) == slice(1, 2), slice(1, 2, None))
class Seq:
    def __getitem__(self, key):
        return key
q = Seq()
print(q[1], q[1:2], q[::2], q[1:2, 3], q[...], q[:, 1], q["k"])
for f in (lambda: xs[::0], lambda: slice(1, 2, 0).indices(5), lambda: xs[1.5:2], lambda: hash(slice(1, 2)) if False else xs["a":]):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
