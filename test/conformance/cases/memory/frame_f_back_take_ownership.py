# take_ownership: a frame whose frame object is still referenced when it returns hands its locals,
# function and caller link to that object; the caller's frame object is created for f_back (one more
# GC object) and takes ownership in turn when the caller returns. Live frame objects are not GC-tracked.
import sys, gc


def g():
    x = [1]
    return sys._getframe()


def h():
    return g()


def chain(fr):
    names = []
    while fr is not None:
        names.append(fr.f_code.co_name)
        fr = fr.f_back
    return names


gc.collect()
c0 = gc.get_count()[0]
fo = h()
print('gc delta', gc.get_count()[0] - c0)
print('chain', chain(fo))
print('tracked', gc.is_tracked(fo), gc.is_tracked(fo.f_back), gc.is_tracked(sys._getframe()))
print('locals kept', fo.f_locals)
print('func refs', sys.getrefcount(g), sys.getrefcount(h))
del fo
gc.collect()
print('func refs after', sys.getrefcount(g), sys.getrefcount(h))


def f():
    raise ValueError


def caller():
    try:
        f()
    except ValueError as e:
        return e


c0 = gc.get_count()[0]
err = caller()
print('exception gc delta', gc.get_count()[0] - c0)
tb = err.__traceback__
print('tb frames', tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
print('f_back', chain(tb.tb_next.tb_frame))
print('rc f', sys.getrefcount(f))
del tb, err
gc.collect()
print('rc f after', sys.getrefcount(f))


def deep(n):
    if n == 0:
        raise KeyError
    deep(n - 1)


try:
    deep(3)
except KeyError as e:
    t = e.__traceback__
    while t.tb_next is not None:
        t = t.tb_next
    print('deep', chain(t.tb_frame))
    print(gc.is_tracked(e.__traceback__.tb_frame), gc.is_tracked(t.tb_frame))
    del t


def viamap(x):
    return sys._getframe()


fm = list(map(viamap, [1]))[0]
print('via map', chain(fm))


def gen():
    yield sys._getframe()


def run():
    gn = gen()
    fr = next(gn)
    print('suspended back', fr.f_back)
    for _ in gn:
        pass
    return fr


fr = run()
print('finished generator', chain(fr), gc.is_tracked(fr))


def gen2():
    try:
        yield 1
    finally:
        pass


def run2():
    gn = gen2()
    next(gn)
    fr = gn.gi_frame
    del gn
    return fr


print('closed by dealloc', chain(run2()))


def local_frame():
    x = object()
    fr = sys._getframe()
    return sys.getrefcount(x)


print('locals alive', local_frame())
c0 = gc.get_count()[0]
for i in range(3):
    h()
print('loop gc delta', gc.get_count()[0] - c0)
