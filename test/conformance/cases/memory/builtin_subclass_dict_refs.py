# Reference counts around the instance dicts of classes derived from builtin types: the class's shared keys
# hold one reference to each attribute name they took (3.11 only for classes over fixed-size bases), released
# when the class goes; the dict's own count; what the GC sees (referents, tracking); cycles through the dict.
import sys, gc

def run(make, label):
    name = ''.join(['attr_', label])          # a fresh, non-interned name
    before = sys.getrefcount(name)
    o = make()
    setattr(o, name, 1)
    after_set = sys.getrefcount(name)
    o2 = make()
    setattr(o2, name, 2)
    after_second = sys.getrefcount(name)
    d = o.__dict__
    print(label, after_set - before, after_second - before, sys.getrefcount(d), gc.is_tracked(d),
          [type(r).__name__ for r in gc.get_referents(o) if r is d])
    del d, o, o2
    return name, before

def fresh_class(base):
    class C(base): pass
    return C

results = []
for base, arg in ((list, ()), (int, (3,)), (dict, ()), (float, (2.5,)), (tuple, ((1,),)), (str, ('s',)),
                  (bytes, (b'b',)), (set, ()), (Exception, ()), (object, ())):
    C = fresh_class(base)
    name, before = run(lambda: C(*arg), base.__name__)
    del C
    gc.collect()
    # (setattr interned the name: the interned table keeps its references)
    print(base.__name__, 'class collected', sys.getrefcount(name) - before)

class L(list): pass
l = L([1])
l.me = l
l.d = {'x': [l]}
wr_count = sys.getrefcount(l)
del l
print('cycle collected', gc.collect() >= 3)
class LL(L): pass
ll = LL()
ll.a = []
print(sys.getrefcount(ll.__dict__), gc.is_tracked(ll.__dict__), len(gc.get_referents(ll)))
