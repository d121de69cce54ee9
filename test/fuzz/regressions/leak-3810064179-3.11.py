# fuzz regression: property=leak kind=mutated seed=3810064179 version=3.11
# from: modules/io_finalize_gc (duplicate-line)
# problem when found:
#   3 object(s) still alive after shutdown with nothing left to free them; e.g. dict {"k"} (refcount 1)
import io, gc

class MyIO(io.StringIO):
    def close(self):
        print('closing', sorted(self.__dict__), self.getvalue()[:5], self.closed)
        super().close()

class MyB(io.BytesIO):
    def close(self):
        print('closing bytes', self._finalizing, self.getvalue())
b = MyB(b'abc')
b.me = b
print('already closed', gc.collect())
v = MyB(b'viewed')
