# frame.clear(): a finished frame drops its locals (f_locals then shows none); a running frame cannot be
# cleared; a suspended generator's frame closes the generator (3.11/3.12) or cannot be cleared (3.13).
import sys, gc


def running():
    fr = sys._getframe()
    try:
        fr.clear()
    except RuntimeError as e:
        print('RuntimeError', e)


running()


def keep():
    big = [1, 2, 3]
    return sys._getframe(), big


fr, big = keep()
print(sys.getrefcount(big), sorted(fr.f_locals))
print(fr.clear(), sys.getrefcount(big), sorted(fr.f_locals))
print(fr.clear())


def gen():
    try:
        yield 1
        yield 2
    finally:
        print('finally ran')


g = gen()
next(g)
gfr = g.gi_frame
print('tracked while suspended', gc.is_tracked(gfr))
try:
    gfr.clear()
    print('cleared; gi_frame', g.gi_frame, 'rest', list(g), 'tracked', gc.is_tracked(gfr))
    print('f_back', gfr.f_back is sys._getframe())
except RuntimeError as e:
    print('RuntimeError', e)
    print(list(g))
