# f(**d): BUILD_MAP + DICT_MERGE clones d's keys into a fresh block (parked on the dict-keys freelist when
# the temporary dict dies), and the call's _PyStack_UnpackDict array lives while the callee runs;
# g(*lst): the list becomes a real tuple first (PySequence_Tuple), no iterator
import gc
import tracemalloc

gc.disable()  # no automatic collection inside a measurement: the case is about call temporaries


def f(**kw):
    return len(kw)


def h(a, b):
    return a


def g(*args):
    return len(args)


class C:
    def m(self, **kw):
        return len(kw)


def measure(fn):
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    fn()
    cur, peak = tracemalloc.get_traced_memory()
    return cur - base, peak - base


tracemalloc.start()
measure(lambda: None)
d1 = {"a": 1}
d2 = {"a": 1, "b": 2}
c = C()
print("f(**d1)", measure(lambda: f(**d1)), measure(lambda: f(**d1)))
print("f(**d2)", measure(lambda: f(**d2)))
print("h(**d2)", measure(lambda: h(**d2)))
print("f(**d1, b=2)", measure(lambda: f(**d1, b=2)))
print("c.m(**d2)", measure(lambda: c.m(**d2)))
for n in [0, 1, 3, 5, 9]:
    lst = list(range(n))
    tup = tuple(lst)
    print(n, measure(lambda: g(*lst)), measure(lambda: g(*tup)), measure(lambda: g(*lst, 1)))
tracemalloc.stop()
for call in [lambda: f(**{"a": 2}, **{"a": 3}), lambda: f(a=1, **{"a": 3}), lambda: f(**{1: 2}, **{1: 3}),
             lambda: f(**{1: 2}), lambda: g(*5)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
