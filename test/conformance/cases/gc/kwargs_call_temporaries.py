# Temporaries of calls with keyword arguments: gc.get_count() and tracemalloc deltas of each call (right after
# gc.collect(), which empties the freelists). d.update(k=v) packs one kwargs dict (_PyStack_AsDict) that
# dict_update_common merges; f(**kw) into a class, a METH_VARARGS builtin or a slot wrapper hands the callee's
# tp_call the call's own tuple and dict (PyObject_Call), while a vectorcall callee gets a kwnames tuple.
import functools, gc, tracemalloc

def f(*a, **k):
    return None
def g(a=0, b=0):
    return None
class C:
    def __init__(self, a=0, b=0):
        self.a = a
class S:
    __slots__ = ('a',)
    def __init__(self, a=0):
        self.a = a
class DD(dict):
    pass
class Meta(type):
    def __call__(cls, *a, **k):
        return super().__call__(*a, **k)
class M(metaclass=Meta):
    def __init__(self, a=0):
        self.a = a
class E(Exception):
    pass
kw = {'a': 1}
kw2 = {'a': 1, 'b': 2}
args = (1,)
d = {'x': 1}
dd = {}
p = functools.partial(g, a=1)
up = dd.update

def run(label, fn):
    fn()
    res = []
    for k in range(2):
        gc.collect()
        a = tracemalloc.get_traced_memory()[0]
        c0 = gc.get_count()[0]
        r = fn()
        c1 = gc.get_count()[0]
        b = tracemalloc.get_traced_memory()[0]
        res.append((c1 - c0, b - a))
        del r
    print(label, res)

tracemalloc.start()
run("dict(a=1)", lambda: dict(a=1))
run("dict(**d)", lambda: dict(**d))
run("d.update(k=v)", lambda: dd.update(k=1))
run("d.update(k=v, j=w)", lambda: dd.update(k=1, j=2))
run("d.update(d, k=v)", lambda: dd.update(d, k=1))
run("d.update(**d)", lambda: dd.update(**d))
run("bound update(k=v)", lambda: up(k=1))
run("bound update(**d)", lambda: up(**d))
run("dict.update(d, **d)", lambda: dict.update(dd, **d))
run("f(**kw)", lambda: f(**kw))
run("g(**kw2)", lambda: g(**kw2))
run("f(*args, **kw)", lambda: f(*args, **kw))
run("C(**kw)", lambda: C(**kw))
run("C(*args, **kw)", lambda: C(*args, **{'b': 2}))
run("C(a=1)", lambda: C(a=1))
run("S(**kw)", lambda: S(**kw))
run("M(**kw)", lambda: M(**kw))
run("DD(a=1)", lambda: DD(a=1))
run("DD(**kw2)", lambda: DD(**kw2))
run("DD(d, **kw)", lambda: DD(d, **kw))
run("x.__init__(**kw)", lambda: DD().__init__(**kw))
run("dict.__init__(x, **kw)", lambda: dict.__init__(DD(), **kw))
run("E(**{})", lambda: E(*args, **{}))
run("{**d}", lambda: {**d})
run("partial()", lambda: p())
run("partial(**kw2)", lambda: p(**{'b': 2}))
run("format(**kw)", lambda: "{a}".format(**kw))
run("max(**key)", lambda: max(*(1, 2), **{'key': abs}))
run("sorted(**key)", lambda: sorted([2, 1], **{'key': abs}))
run("bytes(**enc)", lambda: bytes(*("ab",), **{'encoding': 'ascii'}))
run("str(**enc)", lambda: str(*(b"ab",), **{'encoding': 'ascii'}))
tracemalloc.stop()
for label, fn in (("C(**bad)", lambda: C(**{'zz': 1})), ("update(**bad)", lambda: dd.update(**{1: 2}))):
    try:
        fn()
    except TypeError as e:
        print(label, type(e).__name__, e)
print(sorted(dd.items(), key=repr))
