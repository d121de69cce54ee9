# locals() and f_locals inside comprehensions: 3.11 runs them in their own function frame; 3.12 inlines
# them (PEP 709) and locals() in a module or class body adds the comprehension's variables to a copy of
# the namespace; 3.13 returns a FrameLocalsProxy / a snapshot of the comprehension's variables there.
import sys

a = 1
r = [(len(locals()) - len(globals()), 'a' in locals(), 'x' in locals(), type(sys._getframe().f_locals).__name__)
     for x in range(1)]
print(r)
print('x leaked', 'x' in globals())
r = [sorted(k for k in locals() if not k.startswith('__')) for x in range(1)]
print(r)


def f():
    y = 1
    fr = sys._getframe()
    return [(sorted(locals()), sorted(fr.f_locals)) for z in range(1)]


print(f())


class C:
    b = 2
    r = [(sorted(k for k in locals() if not k.startswith('__')), type(sys._getframe().f_locals).__name__)
         for x in range(1)]
    s = sorted(k for k in locals() if not k.startswith('__'))


print(C.r, C.s)
