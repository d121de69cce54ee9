# pickle: memory facts of dumps and loads: the result's size, refcounts left unchanged by pickling,
# the sizes of the containers loads builds (lists extended by APPENDS, dicts by SETITEMS), shared objects
# (one object per memo entry), GC tracking of what loads returns
import gc
import pickle
import sys

payload = ['abc', 'abc', 12345, [1, 2, 3]]
before = [sys.getrefcount(x) for x in payload]
data = pickle.dumps(payload)
print(sys.getsizeof(data), len(data))
print([sys.getrefcount(x) for x in payload] == before)

for n in (0, 1, 2, 5, 8, 9, 17, 100, 1000, 1001, 2500):
    lst = pickle.loads(pickle.dumps(list(range(n))))
    d = pickle.loads(pickle.dumps({i: i for i in range(n)}))
    s = pickle.loads(pickle.dumps(set(range(n))))
    print(n, sys.getsizeof(lst), sys.getsizeof(d), sys.getsizeof(s))

shared = ['shared string'] * 3
back = pickle.loads(pickle.dumps(shared))
print(back[0] is back[1] is back[2], sys.getrefcount(back[0]))
t = pickle.loads(pickle.dumps((1, 2, 3)))
print(gc.is_tracked(t), gc.is_tracked(pickle.loads(pickle.dumps([1]))), gc.is_tracked(pickle.loads(pickle.dumps({'a': 1}))))
print(gc.is_tracked(pickle.loads(pickle.dumps({'a': []}))))


class Rec:
    def __init__(self):
        self.name = 'n'
        self.items = [1, 2]


r = pickle.loads(pickle.dumps(Rec()))
print(sys.getsizeof(r), sys.getsizeof(r.items), vars(r))
blob = pickle.loads(pickle.dumps(b'x' * 100))
print(sys.getsizeof(blob), sys.getsizeof(pickle.loads(pickle.dumps('y' * 100))))
