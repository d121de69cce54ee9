"""Common operations on POSIX pathnames: os.path (heapscope stdlib).

The string functions behave as CPython's posixpath (str and bytes paths, os.PathLike
arguments, the same errors). heapscope runs programs in a sandbox without a file
system: the predicates that would ask the file system (exists, isfile, isdir, islink,
lexists, ismount) answer False, as CPython's do when os.stat fails, and the functions
that need an answer (getsize, getmtime, samefile...) raise the sandbox's
PermissionError; abspath and relpath of a relative path need the working directory,
which the sandbox does not have.
"""

import sys

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath"]
if sys.version_info >= (3, 12):
    __all__ += ["isjunction", "splitroot"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

# os imports this module for os.path: its constants above are what os needs from a partly run posixpath
import os  # noqa: E402


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def _check_arg_types(funcname, *args):
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    """Normalize case of pathname. Has no effect under Posix."""
    return os.fspath(s)


def isabs(s):
    """Test whether a path is absolute."""
    s = os.fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    a = os.fspath(a)
    sep = _sep(a)
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(os.fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """Split a pathname into (head, tail): tail is everything after the final slash."""
    p = os.fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext), ext empty or starting with a dot."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        sep, dot = b'/', b'.'
    else:
        sep, dot = '/', '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # a leading run of dots (".bashrc") is part of the name, not an extension
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always empty."""
    p = os.fspath(p)
    return p[:0], p


def splitroot(p):
    """Split a pathname into drive, root and tail (3.12+)."""
    p = os.fspath(p)
    sep = _sep(p)
    empty = p[:0]
    if p[:1] != sep:
        return empty, empty, p
    if p[1:2] != sep or p[2:3] == sep:
        return empty, sep, p[1:]
    return empty, p[:2], p[2:]


def basename(p):
    """Returns the final component of a pathname."""
    p = os.fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    """Returns the directory component of a pathname."""
    p = os.fspath(p)
    sep = _sep(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def normpath(path):
    """Normalize path, eliminating double slashes, '.' components and 'x/..' pairs."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    # POSIX keeps exactly two leading slashes; three or more mean one
    initial = 0
    if path.startswith(sep):
        initial = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    comps = []
    for comp in path.split(sep):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial and not comps) or (comps and comps[-1] == dotdot):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = sep * initial + sep.join(comps)
    return path or dot


def abspath(path):
    """Return an absolute path (a relative one needs the working directory: the sandbox has none)."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: without a file system there are no symbolic links to resolve."""
    return abspath(filename)


def relpath(path, start=None):
    """Return a relative version of a path."""
    path = os.fspath(path)
    if not path:
        raise ValueError("no path specified")
    if isinstance(path, bytes):
        curdir_, sep, pardir_ = b'.', b'/', b'..'
    else:
        curdir_, sep, pardir_ = '.', '/', '..'
    if start is None:
        start = curdir_
    else:
        start = os.fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [pardir_] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir_
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise


def commonprefix(m):
    """Given a list of pathnames, returns the longest common leading component."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    paths = tuple(map(os.fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    if isinstance(paths[0], bytes):
        sep, curdir_ = b'/', b'.'
    else:
        sep, curdir_ = '/', '.'
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs_, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir_] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs_ else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise


def expanduser(path):
    """Expand ~ and ~user: the sandbox has no HOME and no password database, so the path is unchanged
    unless os.environ['HOME'] was set by the program."""
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1 or 'HOME' not in os.environ:
        return path
    userhome = os.environ['HOME']
    if isinstance(path, bytes):
        userhome = os.fsencode(userhome)
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep


def expandvars(path):
    """Expand shell variables of the form $var and ${var} from os.environ (the program's own: the
    sandbox's environment starts empty). Unknown variables are left unchanged."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        text = path.decode('latin-1')
    else:
        if '$' not in path:
            return path
        text = path
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if text[i + 1:i + 2] == '{':
            end = text.find('}', i + 2)
            name = text[i + 2:end] if end >= 0 else ''
            stop = end + 1
        else:
            j = i + 1
            while j < n and (text[j].isalnum() or text[j] == '_') and text[j].isascii():
                j += 1
            name = text[i + 1:j]
            stop = j
        if name and name in os.environ:
            out.append(os.environ[name])
            i = stop
        else:
            out.append(c)
            i += 1
    result = ''.join(out)
    return result.encode('latin-1') if isinstance(path, bytes) else result


# ---- predicates and queries that need the file system ----

def exists(path):
    """Test whether a path exists (the sandbox has no file system: False)."""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    """Test whether a path exists, not following symbolic links (False in the sandbox)."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    """Test whether a path is a regular file (False in the sandbox)."""
    return exists(path)


def isdir(s):
    """Return true if the pathname refers to an existing directory (False in the sandbox)."""
    return exists(s)


def islink(path):
    """Test whether a path is a symbolic link (False in the sandbox)."""
    return lexists(path)


def isjunction(path):
    """Junctions are not supported on this platform."""
    os.fspath(path)
    return False


def ismount(path):
    """Test whether a path is a mount point (False in the sandbox)."""
    return lexists(path)


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return os.stat(filename).st_ctime


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev
