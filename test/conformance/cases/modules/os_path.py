# os and os.path: the pure path functions (str, bytes and os.PathLike arguments), constants, and their errors
import os
import os.path
import posixpath

print(os.path is posixpath, os.path.__name__, os.name, os.sep, os.altsep, os.extsep, os.pathsep, repr(os.linesep))
print(os.curdir, os.pardir, os.devnull, os.defpath, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.error is OSError)

cases = ['', '/', '//', '///', 'a', '/a', 'a/', 'a/b', '/a/b/', 'a//b', '/a/./b/../c', '../x', 'a/../..',
         '//a/b', '///a/b', 'foo.txt', '.bashrc', 'a/.b.c', 'archive.tar.gz', 'dir.d/file', '...', 'a/b.',
         './', '.', '..', 'a/b/c/..', '/..', '/../a']
for p in cases:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p), repr(os.path.dirname(p)),
          os.path.normpath(p), os.path.isabs(p), os.path.splitdrive(p))

print(os.path.join('a', 'b', 'c'), os.path.join('/a', '/b', 'c'), os.path.join('a/', 'b'), os.path.join('', 'x'),
      os.path.join('a', ''), os.path.join('a'), os.path.join(b'a', b'b'))
print(os.path.normpath(b'/a//b/../c'), os.path.split(b'/x/y'), os.path.splitext(b'f.py'), os.path.basename(b'/q/r'))
print(os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/lib2']), os.path.commonprefix([]))
print(os.path.commonpath(['/usr/lib', '/usr/local/lib']), os.path.commonpath(['a/b/c', 'a/b/d', 'a/./b/e']))
print(os.path.relpath('/a/b/c', '/a/d'), os.path.relpath('/a', '/a'), os.path.abspath('/x/../y/./z'))
print(os.path.expanduser('/no/tilde'), os.path.expandvars('no vars'), os.path.normcase('AbC'))


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath(P('x/y')), os.fspath('s'), os.fspath(b'b'), os.path.join(P('a'), 'b'), os.path.basename(P('/q/w.e')))
print(isinstance(P('x'), os.PathLike), issubclass(str, os.PathLike), os.fsencode('é'), os.fsdecode(b'abc'))

errors = [
    lambda: os.path.join('a', 1),
    lambda: os.path.join('a', b'b'),
    lambda: os.path.join(1),
    lambda: os.fspath(3),
    lambda: os.fspath(P(5)),
    lambda: os.path.commonpath([]),
    lambda: os.path.commonpath(['/a', 'b']),
    lambda: os.path.relpath(''),
    lambda: os.path.basename(None),
    lambda: os.path.split(7),
]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
