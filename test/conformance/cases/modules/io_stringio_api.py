# io.StringIO: write/read/readline/readlines/seek/tell/truncate/getvalue, iteration, context manager, errors
import io

s = io.StringIO()
print(s.write('hello\n'), s.write('wörld\n'), s.write(''), s.tell())
print(repr(s.getvalue()), s.tell())
print(s.seek(0), repr(s.read(3)), repr(s.readline()), repr(s.readline()), repr(s.readline()))
print(s.seek(0, 2), s.seek(0, 1), s.tell())
s.seek(2)
print(s.write('XY'), repr(s.getvalue()), s.tell())
print(s.truncate(), repr(s.getvalue()), s.tell())
print(s.truncate(2), repr(s.getvalue()), s.tell())
s.seek(6)
s.write('!')
print(repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed, s.line_buffering)
print(s.encoding, s.errors, s.newlines)

t = io.StringIO('line1\nline2\r\nline3\rline4')
print(t.readlines())
t.seek(0)
print(list(t))
t.seek(0)
print(t.readlines(8))
t.seek(0)
print(repr(t.readline(3)), repr(t.readline(-1)), repr(t.read()), repr(t.read()))

for nl in (None, '', '\n', '\r', '\r\n'):
    u = io.StringIO(newline=nl)
    u.write('a\nb\r\nc\rd')
    u.seek(0)
    print(repr(nl), repr(u.getvalue()), u.readlines(), repr(u.newlines))

with io.StringIO('ctx') as c:
    print(c.read())
print(c.closed)
w = io.StringIO()
w.writelines(['a', 'b', 'c'])
print(w.getvalue())

def err(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: io.StringIO(1))
err(lambda: io.StringIO(newline='x'))
err(lambda: io.StringIO(newline=1))
err(lambda: io.StringIO().write(b'x'))
err(lambda: io.StringIO().seek(-1))
err(lambda: io.StringIO().seek(1, 1))
err(lambda: io.StringIO().seek(0, 3))
err(lambda: io.StringIO().truncate(-1))
err(lambda: io.StringIO().read('x'))
err(lambda: io.StringIO().fileno())
err(lambda: io.StringIO().detach())
err(lambda: io.StringIO('a', '\n', 3))
err(lambda: c.read())
err(lambda: c.write('x'))
err(lambda: c.getvalue())
err(lambda: iter(c))
err(lambda: c.flush())
err(lambda: c.__enter__())
err(lambda: c.readlines())
print(isinstance(io.UnsupportedOperation(), OSError), isinstance(io.UnsupportedOperation(), ValueError))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(type(s).__name__, type(s).__module__, isinstance(s, io.TextIOBase), isinstance(s, io.IOBase))
