# frame.f_locals and locals(): 3.11/3.12 keep one dict per frame that each access refreshes from the fast
# locals (same object every time, holding references to the values); 3.13 (PEP 667) returns a new
# write-through FrameLocalsProxy per access and locals() a fresh snapshot dict.
import sys, gc


def snapshot_identity(a):
    x = object()
    fr = sys._getframe()
    r0 = sys.getrefcount(x)
    c0 = gc.get_count()[0]
    l1 = fr.f_locals
    c1 = gc.get_count()[0]
    r1 = sys.getrefcount(x)
    l2 = fr.f_locals
    c2 = gc.get_count()[0]
    print('type', type(l1).__name__, 'same object', l1 is l2, 'equal', l1 == l2)
    print('refcount delta', r1 - r0, 'gc deltas', c1 - c0, c2 - c1)
    print('names', sorted(l1))
    y = 5
    print('y before refresh', 'y' in l1, 'after', 'y' in fr.f_locals, 'y' in l1)
    return fr


def locals_identity():
    c0 = gc.get_count()[0]
    d1 = locals()
    c1 = gc.get_count()[0]
    d2 = locals()
    c2 = gc.get_count()[0]
    print('locals()', type(d1).__name__, 'same', d1 is d2, 'gc deltas', c1 - c0, c2 - c1)
    print('d1 in second', 'd1' in d2, sorted(d2))
    print('locals() is f_locals', d1 is sys._getframe().f_locals)


def write_through(a):
    fr = sys._getframe()
    fr.f_locals['a'] = 99
    print('a after f_locals write', a)
    d = locals()
    d['a'] = 7
    print('a after locals() write', a)
    fr.f_locals['extra'] = 1
    print('extra visible', 'extra' in fr.f_locals, 'extra' in locals())
    try:
        del fr.f_locals['a']
        print('deleted, a bound:', 'a' in fr.f_locals)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        fr.f_locals['nope']
    except KeyError as e:
        print('KeyError', e)


def cells():
    c = 1
    def inner():
        return c
    fr = sys._getframe()
    print('cell value', fr.f_locals['c'], sorted(fr.f_locals))
    fr.f_locals['c'] = 2
    print('inner sees', inner())


def refcounts():
    big = [1, 2, 3]
    base = sys.getrefcount(big)
    f = sys._getframe()
    loc = f.f_locals
    print('after f_locals', sys.getrefcount(big) - base)
    del loc
    print('after del', sys.getrefcount(big) - base)


fr = snapshot_identity(1)
print('finished frame', type(fr.f_locals).__name__, sorted(fr.f_locals))
fr.clear()
print('cleared frame', sorted(fr.f_locals))
locals_identity()
write_through(1)
cells()
refcounts()
print('module f_locals is globals', sys._getframe().f_locals is globals(), locals() is globals())


class C:
    q = 1
    ns = sys._getframe().f_locals
    print('class body', ns is locals(), 'q' in ns, type(ns).__name__)
    del ns
