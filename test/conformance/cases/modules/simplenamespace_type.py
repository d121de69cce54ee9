# types.SimpleNamespace is the C type of sys.implementation (namespaceobject.c): flags, layout, repr, init rules
# and, on 3.13, __replace__ (copy.replace)
import sys, types, copy
NS = types.SimpleNamespace
print(NS is type(sys.implementation), NS.__module__, NS.__name__, hex(NS.__flags__), NS.__basicsize__, NS.__dictoffset__, NS.__weakrefoffset__)
print(sys.implementation.name, sys.implementation.cache_tag, sys.implementation.version is sys.version_info, sys.implementation.hexversion == sys.hexversion)
n = NS(a=1, b='x')
print(n, repr(n), n.a, n == NS(a=1, b='x'), n != NS(a=2), sys.getsizeof(n))
n.c = [n]
print(n)
for args, kw in (((), {}), (({'q': 1},), {}), (({'q': 1}, 2), {}), (({1: 2},), {}), ((), {'z': 3})):
    try:
        print(NS(*args, **kw))
    except TypeError as e:
        print('TypeError:', e)
class Sub(NS):
    pass
s = Sub(x=1)
print(s, s.__reduce__()[0].__name__, type(s).__name__)
if sys.version_info >= (3, 13):
    print(copy.replace(n, a=5))
    try:
        n.__replace__(1)
    except TypeError as e:
        print('TypeError:', e)
else:
    print('namespace(a=5, b=...)')
    print('TypeError: ...')
print('__dict__' in NS.__dict__)
try:
    hash(n)
except TypeError as e:
    print('TypeError:', e)
print(n.__reduce__())
