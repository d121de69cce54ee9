# 3.13's FrameLocalsProxy (PEP 667) as a mapping: keys/values/items, get, setdefault, update, copy, |,
# reversed, comparisons, len, repr, errors; on 3.11/3.12 the same operations on the f_locals dict.
import sys, gc


def f():
    a = 1
    b = [2]
    p = sys._getframe().f_locals
    print(type(p).__name__, len(p), list(p), list(p.keys()))
    print(list(p.values())[:2], list(p.items())[:2])
    print(p.get('a'), p.get('zz', 'dflt'), p.get('zz'), 'a' in p, 'zz' in p, 1 in p)
    print(p == {'a': 1}, p == dict(p), p != dict(p), p.copy() == dict(p), type(p.copy()).__name__)
    print(p == sys._getframe().f_locals)
    print(gc.is_tracked(p), bool(p))
    p['new'] = 3
    print(p['new'], sorted(p))
    print(list(reversed(p)))
    p[1] = 2
    print(p[1], 1 in p)
    print(p.setdefault('a', 5), p.setdefault('qq', 6), p['qq'])
    p.update({'a': 10})
    print('a', a)
    try:
        p.update([('a', 1)])
    except TypeError as e:
        print('TypeError', e)
    try:
        hash(p)
    except TypeError as e:
        print('TypeError', e)
    m = p | {'x': 1}
    print(type(m).__name__, sorted(k for k in m if isinstance(k, str)))
    m = {'x': 1} | p
    print(type(m).__name__, len(m))
    try:
        p.pop('a')
    except AttributeError as e:
        print('AttributeError', e)
    r = repr(p)
    print(r.startswith('{'), "'a': 10" in r)
    try:
        p.get()
    except TypeError as e:
        print('TypeError', e)


f()
try:
    type(sys._getframe().f_locals)
    def g():
        return type(sys._getframe().f_locals)
    T = g()
    T()
except TypeError as e:
    print('TypeError', e)
