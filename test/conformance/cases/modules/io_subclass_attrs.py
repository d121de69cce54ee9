# StringIO / BytesIO instances: attributes (__dict__), weak references, subclasses, cycles through __dict__
import gc
import io
import sys
import weakref

s = io.StringIO('x')
b = io.BytesIO()
s.name = 'buf'
b.tag = 1
print(s.name, s.__dict__, b.__dict__, sys.getsizeof(s) == sys.getsizeof(io.StringIO()), sys.getsizeof(b))
r = weakref.ref(s)
print(r() is s)

class Upper(io.StringIO):
    def extra(self):
        return self.getvalue().upper()

class Chunks(io.BytesIO):
    pass

m = Upper('abc')
m.write('d')
print(m.extra(), [t.__name__ for t in type(m).__mro__], sys.getsizeof(m) - sys.getsizeof(io.StringIO()))
print(sys.getsizeof(Chunks(b'12')) - sys.getsizeof(io.BytesIO()), isinstance(Chunks(), io.BufferedIOBase))
for line in Upper('p\nq\n'):
    print(repr(line))
del s
print(r())

gc.collect()
c = io.StringIO()
c.me = c
d = io.BytesIO()
d.me = d
wc = weakref.ref(c)
del c, d
print(gc.collect(), wc())
n = io.StringIO(newline=None)
n.me = n
n.write('a\r\nb')
del n
print(gc.collect())
