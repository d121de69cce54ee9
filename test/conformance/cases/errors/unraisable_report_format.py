# The default sys.unraisablehook's report (write_unraisable_exc_file), captured through sys.stderr with the
# addresses masked: PyTraceBack_Print's entries (3.13's C printer draws no position markers), then
# 'Type: value' only: no __context__ / __cause__ chain, notes or exception group tree, ': ' even for an empty
# str(), no module for __main__'s types.
import io
import re
import sys

_cap = io.StringIO()
sys.stderr = _cap
import gc, weakref
class D:
    def __del__(self):
        x = [1, 2]
        y = x[5] + 1
d = D()
del d
def g():
    try:
        yield 1
    finally:
        {}["k"]
it = g(); next(it)
del it
class C: pass
c = C()
w = weakref.ref(c, lambda r: [0][1])
del c
def f():
    return [][0]
class E:
    def __del__(self):
        f()
e = E()
del e
class D:
    def __del__(self):
        try:
            {}["a"]
        except KeyError:
            e = ValueError("ctx")
            e.add_note("a note")
            raise e
d = D()
del d
class MyErr(Exception): pass
class D2:
    def __del__(self):
        raise MyErr("mine") from TypeError("cause")
d = D2()
del d
class D3:
    def __del__(self):
        raise ExceptionGroup("eg", [ValueError(1)])
d = D3()
del d
class D4:
    def __del__(self):
        raise KeyError
d = D4()
del d

sys.stderr = sys.__stderr__
print(re.sub(r"0x[0-9a-f]+", "0x...", _cap.getvalue()).replace(__file__, "FILE"))
