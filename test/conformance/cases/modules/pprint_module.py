# pprint: layouts by width / depth / indent / compact / sort_dicts / underscore_numbers, per-type printers, saferepr
import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from types import SimpleNamespace
from dataclasses import dataclass, field

data = {'name': 'heapscope', 'versions': [3.11, 3.12, 3.13], 'nested': {'a': list(range(30)), 'b': {'c': {'d': {'e': 1}}}},
        'text': 'lorem ipsum dolor sit amet ' * 5, 'tuple': (1,), 'set': {5, 3, 1}, 'fs': frozenset({'x', 'y'}), 'b': b'abcdefgh' * 12}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, depth=2)
pprint.pprint(data, width=60, compact=True)
pprint.pprint(data, sort_dicts=False, indent=4)
print(pprint.pformat(list(range(40)), width=30, compact=True))
pprint.pp({'z': 1, 'a': [1, 2, 3] * 10})
pprint.pprint(123456789, underscore_numbers=True)
pprint.pprint([10**12, {'k': 10**9}], underscore_numbers=True, width=20)
r = [1, 2]; r.append(r)
print(pprint.saferepr(r).split(' with id')[0], pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, 'a']))
pprint.pprint(OrderedDict((str(i), i) for i in range(12)), width=30)
dd = defaultdict(list); dd['a'] = list(range(20)); dd['b'] = [1]
pprint.pprint(dd, width=40)
pprint.pprint(Counter('abracadabra' * 5), width=30)
pprint.pprint(deque(range(25), maxlen=30), width=40)
pprint.pprint(deque(range(25)), width=40)
pprint.pprint(ChainMap({'a': 1}, {'b': list(range(20))}), width=40)
pprint.pprint(SimpleNamespace(x=list(range(20)), y='hello'), width=40)
@dataclass
class P:
    name: str
    tags: list = field(default_factory=list)
pprint.pprint(P('x' * 30, list(range(15))), width=40)
pprint.pprint(bytearray(b'0123456789' * 5), width=30)
pprint.pprint(['a' * 100], width=40)
pprint.pprint('line one\nline two is longer than the width allowed here\n', width=30)
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(pprint.pformat({(1, 2): 'x', 'a': None, 3: 1.5}))
print(pprint.pformat({1: 'a', 'b': 2}))
pp = pprint.PrettyPrinter(width=20)
print(pp.pformat({'key%d' % i: i for i in range(5)}))
