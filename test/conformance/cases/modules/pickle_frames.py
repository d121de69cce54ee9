# pickle: protocol 4+ framing (FRAME opcodes of at least 4 bytes, a new frame after 64 KiB, large
# payloads written outside frames), batches of 1000 items, and the size of the result bytes object
import pickle
import sys

# frames: a frame holds at least 4 bytes; 64 KiB payloads go outside frames
for n in (0, 1, 2, 3, 10, 1000):
    data = pickle.dumps(list(range(n)))
    print(n, len(data), data[:12], data[-4:])
big = ['x' * 70000, b'y' * 70000, 'tail']
data = pickle.dumps(big)
print(len(data), data[:20], data[70015:70035], data[-20:], pickle.loads(data) == big)
many = ['%030d' % i for i in range(2500)] + list(range(70000, 72000))
data = pickle.dumps(many)
print(len(data), data[:20], data[-24:], pickle.loads(data) == many)
print(len(pickle.dumps(list(range(2500)), 2)), len(pickle.dumps({i: i for i in range(1500)}, 1)))

# the result is one bytes object of exactly the pickle's length
data = pickle.dumps({'a': [1, 2, 3], 'b': 'text'})
print(type(data).__name__, len(data), sys.getsizeof(data), sys.getrefcount(data))

# dump() to a file: one write per committed frame, large payloads written on their own
class Sink:
    def __init__(self):
        self.sizes = []

    def write(self, b):
        self.sizes.append((type(b).__name__, len(b)))


for obj, proto in ((many, 4), (big, 4), (big, 5), ([1, 2], 2), ([1, 2], 0), ([1, 2], 4), ([], 4)):
    sink = Sink()
    pickle.Pickler(sink, proto).dump(obj)
    print(proto, sink.sizes)
