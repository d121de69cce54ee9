# collections.defaultdict: the C type's __missing__, repr, copy, |, default_factory attribute, sizes,
# subclassing, and the factory's reference count.
import sys
from collections import defaultdict


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = defaultdict(list)
d['a'].append(1)
print(d, d['b'], len(d), sys.getsizeof(defaultdict()), type(d).__module__)
t(lambda: defaultdict(None)['k'])
t(lambda: defaultdict()[('t',)])
t(lambda: defaultdict(5))
t(lambda: defaultdict(list, 1, 2))
t(lambda: defaultdict(int, {'a': 1}, b=2))
t(lambda: defaultdict(int, [('a', 1)]).__missing__('z'))
t(lambda: defaultdict().__missing__('z'))
e = defaultdict(int)
e.default_factory = str
print(e['q'] == '', e.default_factory, e)
e.default_factory = None
t(lambda: e['r'])
del e.default_factory
print(e.default_factory)
f = defaultdict(lambda: 7, x=1)
g = f.copy()
print(type(g).__name__, g['y'], f.get('y'), g.default_factory is f.default_factory)
print(defaultdict(int, a=1) | {'b': 2}, {'c': 3} | defaultdict(int, a=1), type({'c': 3} | defaultdict(int)).__name__)
h = defaultdict(set)
h |= {'k': {1}}
print(h, type(h).__name__)
print(defaultdict(int) == {}, defaultdict(int, a=1) == {'a': 1}, isinstance(defaultdict(), dict))


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)


tree = Tree()
tree['a']['b']['c']
print(repr(tree)[:22], list(tree['a']), type(tree['a']).__name__)
rec = defaultdict(list)
rec.default_factory = rec.copy
print(repr(rec)[:40].split(' of ')[0])
factory = list
base = sys.getrefcount(factory)
dd = [defaultdict(factory) for _ in range(3)]
print(sys.getrefcount(factory) - base)
del dd
print(sys.getrefcount(factory) - base)
