# pickle: instances, classes and functions by reference, __reduce__ / __reduce_ex__ / __getstate__ /
# __setstate__, __slots__, copyreg, recursive structures (memo), Pickler / Unpickler over io.BytesIO, errors
import copyreg
import io
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and vars(self) == vars(other)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1


class State:
    def __init__(self):
        self.v = 3

    def __getstate__(self):
        return {'v': self.v * 10}

    def __setstate__(self, state):
        self.v = state['v'] + 1


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n + 1,))


class ReducedEx:
    def __reduce_ex__(self, proto):
        return (dict, (), None, None, iter([('p', proto)]))


class Outer:
    class Inner:
        pass


class Custom:
    pass


def pickle_custom(c):
    return (Custom, ())


copyreg.pickle(Custom, pickle_custom)


def top_level(x):
    return x


for proto in range(6):
    p = Point(1, [2])
    things = [p, p, Reduced(1), ReducedEx(), State(), Point, top_level, Outer.Inner, Custom()]
    if proto >= 2:
        things.append(Slotted())
    data = pickle.dumps(things, proto)
    print(proto, len(data))
    print(data)
    back = pickle.loads(data)
    print(back[0] == p, back[0] is back[1], back[2].n, back[3], back[4].v, back[5] is Point,
          back[6] is top_level, back[7] is Outer.Inner, type(back[8]).__name__)
    if proto >= 2:
        print(back[9].a, hasattr(back[9], 'b'))

# recursive structures
a = [1]
a.append(a)
d = {'self': None}
d['self'] = d
t = (a, d)
for proto in range(6):
    data = pickle.dumps(t, proto)
    r = pickle.loads(data)
    print(proto, data, r[0][1] is r[0], r[1]['self'] is r[1])

# Pickler / Unpickler over BytesIO: several pickles in one stream
f = io.BytesIO()
pk = pickle.Pickler(f, protocol=2)
pk.dump([1, 2])
pk.dump('abc')
pk.dump([1, 2])
pk.clear_memo()
pk.dump({'x': 1})
print(f.getvalue())
f.seek(0)
up = pickle.Unpickler(f)
print(up.load(), up.load(), up.load(), up.load(), f.tell() == len(f.getvalue()))
f = io.BytesIO()
pickle.dump(Point(5, 6), f)
pickle.dump('second', f, 0)
f.seek(0)
print(vars(pickle.load(f)), pickle.load(f))

# errors
def local_class():
    class L:
        pass
    return L


tests = [
    lambda: pickle.dumps(local_class()),
    lambda: pickle.dumps(lambda: 1),
    lambda: pickle.dumps(1, protocol=6),
    lambda: pickle.loads(b''),
    lambda: pickle.loads(b'\x80\x04K'),
    lambda: pickle.loads(b'xyz'),
    lambda: pickle.loads(b'\x80\x04\x95'),
    lambda: pickle.loads(b'\xff'),
    lambda: pickle.loads(b'K\x01'),
    lambda: pickle.loads('text'),
    lambda: pickle.dumps(Slotted(), 1),
    lambda: pickle.Pickler(42),
]


class BadReduce:
    def __reduce__(self):
        return 5


class ShortReduce:
    def __reduce__(self):
        return (int,)


tests.append(lambda: pickle.dumps(BadReduce()))
tests.append(lambda: pickle.dumps(ShortReduce()))
for test in tests:
    try:
        test()
    except Exception as e:
        msg = str(e)
        if ' at 0x' in msg:
            msg = msg[:msg.index(' at 0x')] + msg[msg.index('>'):]
        print(type(e).__name__, msg)
