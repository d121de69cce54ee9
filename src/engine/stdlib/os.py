"""Operating system interfaces (heapscope stdlib).

heapscope runs a program in a sandbox with no file system, processes, or access to
the machine. What needs none of those works as in CPython on Linux: os.path
(posixpath), os.fspath, os.PathLike, os.fsencode / fsdecode, the constants (name,
sep, linesep, ...). The sandbox's own process has a fixed pid and an environment that
starts empty (os.environ is a mapping the program may fill; os.getenv answers from it),
os.urandom returns deterministic bytes (the same on every run), os.cpu_count() is None
("undetermined", as CPython documents it). Everything that would touch the machine
(files and directories, the working directory, processes, users) raises
PermissionError with a heapscope message; the file-system predicates of os.path answer
False as CPython's do when stat fails.

CPython's start-up imports os, so a program's `import os` costs nothing (heapscope
materialises this module unseen: vm/importer.ts loadAsCPython).
"""

import abc
import sys

import posixpath as path

sys.modules['os.path'] = path

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep", "defpath", "name",
           "path", "devnull", "SEEK_SET", "SEEK_CUR", "SEEK_END", "fsencode", "fsdecode",
           "get_exec_path", "fdopen", "extsep", "environ", "getenv", "PathLike", "fspath",
           "error", "getpid", "getppid", "urandom", "cpu_count", "walk", "makedirs",
           "removedirs", "renames"]

name = 'posix'
linesep = '\n'
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
curdir = path.curdir
pardir = path.pardir
devnull = path.devnull

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 64
O_EXCL = 128
O_TRUNC = 512
O_APPEND = 1024
EX_OK = 0

error = OSError

_PID = 4242


def _no_file_system(func):
    raise PermissionError(f"heapscope: programs cannot use os.{func}() "
                          "(the sandbox has no file system)")


def _no_processes(func):
    raise PermissionError(f"heapscope: programs cannot use os.{func}() "
                          "(the sandbox cannot run other programs or signal processes)")


# ---- paths ----

def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + path_type.__name__) from None
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}"
                    .format(path_type.__name__, type(path_repr).__name__))


class PathLike(abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    __slots__ = ()

    @abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None
        return NotImplemented

    __class_getitem__ = classmethod(type(list[int]))


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to bytes (UTF-8)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8')
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from bytes (UTF-8)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8')
    return filename


# ---- the environment: the sandbox's starts empty ----

class _Environ:
    """os.environ: a mapping of str to str (the sandbox's environment starts empty)."""

    def __init__(self, data):
        self._data = data

    @staticmethod
    def _check(value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value

    def __getitem__(self, key):
        try:
            return self._data[self._check(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._data[self._check(key)] = self._check(value)

    def __delitem__(self, key):
        try:
            del self._data[self._check(key)]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return self._check(key) in self._data

    def get(self, key, default=None):
        return self._data.get(self._check(key), default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        return self._data.popitem()

    def clear(self):
        self._data.clear()

    def update(self, other=(), /, **kwds):
        items = other.items() if hasattr(other, 'keys') else other
        for key, value in items:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def copy(self):
        return dict(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        formatted = ', '.join(f"{key!r}: {value!r}" for key, value in self._data.items())
        return f"environ({{{formatted}}})"

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ({})


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def putenv(name, value):
    """Change or add an environment variable (the sandbox's environment is os.environ)."""
    environ[name] = value


def unsetenv(name):
    """Delete an environment variable."""
    environ.pop(name, None)


def get_exec_path(env=None):
    """The directories searched for an executable (PATH, else os.defpath)."""
    if env is None:
        env = environ
    return (env.get('PATH') or defpath).split(pathsep)


# ---- the sandbox's process ----

def getpid():
    """Return the current process id (the sandbox's: a fixed number)."""
    return _PID


def getppid():
    """Return the parent's process id (the sandbox's: a fixed number)."""
    return 1


def cpu_count():
    """Return the number of logical CPUs: undetermined (None) in the sandbox."""
    return None


class _Entropy:
    """Deterministic bytes for urandom: an xorshift64* generator seeded the same way on every run."""
    state = 0x68656170_73636f70


def urandom(size):
    """Return a bytes object of `size` bytes (deterministic in the sandbox: the same on every run)."""
    if not isinstance(size, int):
        size = size.__index__()
    if size < 0:
        raise ValueError("negative argument not allowed")
    out = bytearray()
    x = _Entropy.state
    while len(out) < size:
        x ^= x >> 12
        x ^= (x << 25) & 0xFFFFFFFFFFFFFFFF
        x ^= x >> 27
        out += ((x * 0x2545F4914F6CDD1D) & 0xFFFFFFFFFFFFFFFF).to_bytes(8, 'little')
    _Entropy.state = x
    return bytes(out[:size])


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: the sandbox has no directories (os.scandir fails, onerror is told)."""
    top = fspath(top)
    try:
        scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
    yield from ()


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """Use the real uid/gid to test for access to a path: nothing is accessible in the sandbox."""
    fspath(path)
    return False


def _fs(func_name):
    def sandboxed(*args, **kwargs):
        _no_file_system(func_name)
    sandboxed.__name__ = sandboxed.__qualname__ = func_name
    return sandboxed


def _proc(func_name):
    def sandboxed(*args, **kwargs):
        _no_processes(func_name)
    sandboxed.__name__ = sandboxed.__qualname__ = func_name
    return sandboxed


def _machine(func_name):
    def sandboxed(*args, **kwargs):
        raise PermissionError(f"heapscope: programs cannot use os.{func_name}() "
                              "(the sandbox has no access to the machine)")
    sandboxed.__name__ = sandboxed.__qualname__ = func_name
    return sandboxed


for _name in ('stat', 'lstat', 'fstat', 'listdir', 'scandir', 'mkdir', 'makedirs', 'remove', 'unlink',
              'rmdir', 'removedirs', 'rename', 'renames', 'replace', 'chdir', 'getcwd', 'getcwdb',
              'chmod', 'chown', 'lchown', 'open', 'close', 'read', 'write', 'fdopen', 'utime',
              'symlink', 'link', 'readlink', 'truncate', 'mkfifo', 'statvfs', 'chroot', 'umask',
              'pipe', 'dup', 'dup2', 'lseek', 'fsync', 'isatty', 'get_terminal_size'):
    globals()[_name] = _fs(_name)
for _name in ('system', 'popen', 'kill', 'killpg', 'fork', 'forkpty', 'wait', 'waitpid', 'abort',
              'execv', 'execve', 'execl', 'execle', 'execlp', 'execlpe', 'execvp', 'execvpe',
              'spawnl', 'spawnle', 'spawnv', 'spawnve', 'posix_spawn', 'posix_spawnp'):
    globals()[_name] = _proc(_name)
for _name in ('nice', 'getlogin', 'getuid', 'geteuid', 'getgid', 'getegid', 'getgroups', 'setuid',
              'setgid', 'uname', 'times', 'getloadavg'):
    globals()[_name] = _machine(_name)
del _name
