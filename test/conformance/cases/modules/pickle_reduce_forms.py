# pickle: the reduction forms of subclasses and special methods: list/dict subclasses (listitems / dictitems
# iterators and state), __getnewargs_ex__ (NEWOBJ_EX, or partial before protocol 4), __getnewargs__, a 6-tuple
# __reduce__ with a state setter, int subclasses, __slots__ with __dict__
import pickle, copyreg
class L(list): pass
class D(dict):
    def __init__(self, *a, **k): super().__init__(*a, **k); self.tag = 't'
class NA:
    def __init__(self, a, b=2): self.a = a; self.b = b
    def __getnewargs_ex__(self): return ((self.a,), {'b': self.b})
    def __new__(cls, a=0, b=0): return super().__new__(cls)
class NS:
    def __new__(cls, x): o = super().__new__(cls); o.x = x; return o
    def __getnewargs__(self): return (self.x,)
def setter(obj, state): obj.__dict__.update(state); obj.viaset = True
class SS:
    def __init__(self): self.q = 1
    def __reduce__(self): return (SS, (), {'q': 2}, None, None, setter)
class St(int): pass
class Sl:
    __slots__ = ('a', '__dict__')
    def __init__(self): self.a = 1; self.b = 2
l = L([1, 2, 3]); l.extra = 'e'
for p in range(6):
    objs = [l, D(x=1), NA(5, b=6), NS(7), SS(), St(42), Sl(), 'x']
    try:
        s = pickle.dumps(objs, p)
        r = pickle.loads(s)
        print(p, s)
        print(r[0], vars(r[0]), r[1], vars(r[1]), vars(r[2]), r[3].x, vars(r[4]), r[5], type(r[5]).__name__, r[6].a, r[6].b)
    except Exception as e:
        print(p, type(e).__name__, e)
