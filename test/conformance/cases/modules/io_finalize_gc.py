# iobase_finalize: the cyclic GC calls it on an unreachable StringIO / BytesIO (and their subclasses) that is
# not closed yet: it sets the `_finalizing` attribute (creating the instance __dict__ if needed), then calls
# close(), a subclass's override included. A BytesIO whose getbuffer() view is in the same cycle cannot close
# (BufferError): silent on 3.11 / 3.12, an "Exception ignored in" report from 3.13 on. At exit the shutdown
# collections finalize what is left in cycles.
import io, gc

class MyIO(io.StringIO):
    def close(self):
        print('closing', sorted(self.__dict__), self.getvalue()[:5], self.closed)
        super().close()

class MyB(io.BytesIO):
    def close(self):
        print('closing bytes', self._finalizing, self.getvalue())
        super().close()

gc.collect()
s = MyIO('hello world')
s.me = s
b = MyB(b'abc')
b.me = b
t = io.StringIO()
t.write('x' * 100)
t.cycle = [t]
del s, b, t
print(gc.get_count())
print('collected', gc.collect(), gc.get_count())
u = MyIO('abc')
u.close()
u.c = u
del u
print('already closed', gc.collect())
v = MyB(b'viewed')
v.view = v.getbuffer()
del v
print('collected with a view', gc.collect())
w = MyIO('zzz')
w.k = [w]
x = io.StringIO('plain')
x.k = x
print('end')
