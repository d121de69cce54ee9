# functools.reduce and cmp_to_key (the C implementations): messages, initial values, the KeyWrapper type.
import sys
from functools import reduce, cmp_to_key


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: reduce())
t(lambda: reduce(1))
t(lambda: reduce(lambda a, b: a + b, [1, 2, 3], 10))
t(lambda: reduce(lambda a, b: a + b, [], 10))
t(lambda: reduce(lambda a, b: a + b, []))
t(lambda: reduce(lambda a, b: a + b, 5))
t(lambda: reduce(lambda a, b: a + b, [1], 2, 3))
t(lambda: reduce(lambda a, b: a + b, [1], initial=3))
t(lambda: reduce(lambda a, b: a + b, ['a']))
t(lambda: reduce(max, iter([3, 8, 1])))
t(lambda: reduce(lambda a, b: a / b, [1, 0]))
t(lambda: reduce)
t(lambda: cmp_to_key())
K = cmp_to_key(lambda a, b: a - b)
k1 = K(1)
k2 = K(2)
t(lambda: (k1 < k2, k1 > k2, k1 == k2, k1 <= k2, k2 >= k1, k1 != k2))
t(lambda: (k1.obj, type(k1), type(K), sys.getsizeof(k1), sys.getsizeof(K)))
t(lambda: hash(k1))
t(lambda: k1 < 5)
t(lambda: K())
t(lambda: K(1, 2))
t(lambda: K(obj=4).obj)
t(lambda: K.obj)
k1.obj = 10
t(lambda: k1 > k2)
t(lambda: cmp_to_key(mycmp=None)(1) < cmp_to_key(mycmp=None)(2))
t(lambda: sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
t(lambda: sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b)), reverse=True))
t(lambda: type(cmp_to_key(None)).__module__)
