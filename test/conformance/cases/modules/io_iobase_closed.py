# io.IOBase's own state: close() calls flush() once, then sets `__IOBase_closed` in the instance __dict__
# (which `closed`, flush() and the closed checks read); a flush() error still closes. Classes over IOBase /
# RawIOBase keep a __dict__, are finalized (close() with `_finalizing` set) when deleted or collected in a
# cycle, and at exit.
import io, gc, weakref

class R(io.RawIOBase):
    def readinto(self, b):
        return 0

r = R()
print(r.closed, r.__dict__, r.readable(), r.writable())
r.flush()
r.close()
print(r.closed, r.__dict__)
for name in ('flush', 'isatty', '__enter__', '_checkClosed'):
    try:
        getattr(r, name)()
    except ValueError as e:
        print(name, e)
r.close()
try:
    iter(r)
except ValueError as e:
    print('iter', e)

class F(io.IOBase):
    def flush(self):
        print('flush, closed:', self.closed)
        raise OSError('disk full')

f = F()
try:
    f.close()
except OSError as e:
    print('close', e, f.closed)
f.close()

class C(io.IOBase):
    def close(self):
        print('C.close', sorted(self.__dict__))
        super().close()

c = C()
c.me = c
w = weakref.ref(c)
del c
print(gc.collect(), w())
d = C()
del d
print('deleted')
with C() as g:
    print('in with', g.closed)
print('after with', g.closed, sorted(g.__dict__))
e = C()
e.k = [e]
print('end')
