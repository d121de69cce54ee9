# The default sys.unraisablehook writes its report to sys.stderr (a redirect_stderr StringIO captures it);
# with sys.stderr None nothing is written.
import io, contextlib, gc
class D:
    def __del__(self): raise ValueError("x")
buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    d = D()
    del d
print(repr(buf.getvalue().splitlines()[-1]))
import sys
sys.stderr = None
d = D(); del d
sys.stderr = sys.__stderr__
print("done")
