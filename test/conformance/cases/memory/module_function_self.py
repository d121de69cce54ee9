# builtin functions of builtin modules: __self__ is the module, __module__ its name, repr "built-in function"
import sys, gc, math, time, atexit, itertools, _functools, _collections, _tracemalloc, _weakref, _warnings, _typing

for m in (sys, gc, math, time, atexit, itertools, _functools, _collections, _tracemalloc, _weakref, _warnings, _typing):
    fns = [v for v in vars(m).values() if type(v) is type(len)]
    print(m.__name__, bool(fns) and all(f.__self__ is m for f in fns), all(f.__module__ == m.__name__ for f in fns))

print(gc.collect.__self__ is gc, repr(gc.collect), gc.collect.__module__)
print(gc.get_referents(gc.collect))
print(gc.is_tracked(gc.collect))
print(sys.getrefcount.__self__, time.time.__self__ is time, repr(time.sleep))
print(len.__self__, print.__self__ is sys.modules['builtins'], abs.__module__)
print(itertools.tee.__self__, _functools.reduce.__self__ is _functools, _weakref.proxy.__self__)
print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__, sys.breakpointhook is sys.__breakpointhook__)
print(sys.__unraisablehook__ is sys.unraisablehook, sys.unraisablehook.__self__ is sys)
# bound methods of instances are different: __self__ is the instance
l = []
print(l.append.__self__ is l, repr(l.append).startswith('<built-in method append of list object'))
