"""Support for regular expressions (RE) (heapscope stdlib).

The Python half of heapscope's re: the flags, re.error, the compile cache and
the module-level functions. Parsing, matching and the Pattern / Match types
are the native _sre module (heapscope's own implementation of Python's
regular expression syntax and matching rules).
"""

import enum
import sys
import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]
if sys.version_info < (3, 13):
    __all__ += ["template", "T", "TEMPLATE"]
else:
    __all__ += ["PatternError"]

__version__ = "2.2.1"

_MINOR = sys.version_info[1]


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


if _MINOR >= 13:
    error.__name__ = error.__qualname__ = 'PatternError'
    PatternError = error

_sre._set_error(error)


class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    if _MINOR < 13:
        TEMPLATE = T = 1
    DEBUG = 128
    __str__ = object.__str__
    _numeric_repr_ = hex


RegexFlag = enum.global_enum(RegexFlag)

Pattern = _sre.Pattern
Match = _sre.Match


# --------------------------------------------------------------------
# public interface

if _MINOR >= 13:
    class _ZeroSentinel(int):
        pass
    _zero_sentinel = _ZeroSentinel()

    def _positional(fname, name, nmax, args, first, flags):
        # count / maxsplit (and flags) given positionally: deprecated in 3.13, with the errors of the
        # keyword-only signature's argument parser
        if first is not _zero_sentinel:
            raise TypeError("%s() got multiple values for argument '%s'" % (fname, name))
        first, *args = args
        if args:
            if flags is not _zero_sentinel:
                raise TypeError("%s() got multiple values for argument 'flags'" % fname)
            flags, *args = args
            if args:
                raise TypeError("%s() takes from %d to %d positional arguments but %d were given"
                                % (fname, nmax - 2, nmax, nmax + len(args)))
        import warnings
        warnings.warn("'%s' is passed as positional argument" % name, DeprecationWarning, stacklevel=3)
        return first, flags

    def sub(pattern, repl, string, *args, count=_zero_sentinel, flags=_zero_sentinel):
        if args:
            count, flags = _positional('sub', 'count', 5, args, count, flags)
        return _compile(pattern, flags).sub(repl, string, count)

    def subn(pattern, repl, string, *args, count=_zero_sentinel, flags=_zero_sentinel):
        if args:
            count, flags = _positional('subn', 'count', 5, args, count, flags)
        return _compile(pattern, flags).subn(repl, string, count)

    def split(pattern, string, *args, maxsplit=_zero_sentinel, flags=_zero_sentinel):
        if args:
            maxsplit, flags = _positional('split', 'maxsplit', 4, args, maxsplit, flags)
        return _compile(pattern, flags).split(string, maxsplit)

else:
    def sub(pattern, repl, string, count=0, flags=0):
        """Return the string obtained by replacing the leftmost
        non-overlapping occurrences of the pattern in string by the
        replacement repl."""
        return _compile(pattern, flags).sub(repl, string, count)

    def subn(pattern, repl, string, count=0, flags=0):
        """Return a 2-tuple containing (new_string, number)."""
        return _compile(pattern, flags).subn(repl, string, count)

    def split(pattern, string, maxsplit=0, flags=0):
        """Split the source string by the occurrences of the pattern,
        returning a list containing the resulting substrings."""
        return _compile(pattern, flags).split(string, maxsplit)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


if _MINOR >= 12:
    def purge():
        "Clear the regular expression caches"
        _cache.clear()
        _cache2.clear()
else:
    def purge():
        "Clear the regular expression caches"
        _cache.clear()


# SPECIAL_CHARS
# closing ')', '}' and ']'
# '-' (a range in character set)
# '&', '~', (extended character set operations)
# '#' (comment) and WHITESPACE (ignored) in verbose mode
_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')


# --------------------------------------------------------------------
# internals

_MAXCACHE = 512
_cache = {}  # 3.11: ordered, the oldest dropped first; 3.12+: least recently used
if _MINOR >= 12:
    _cache2 = {}  # FIFO of the most recent patterns
    _MAXCACHE2 = 256


if _MINOR >= 12:
    def _compile(pattern, flags):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        try:
            return _cache2[type(pattern), pattern, flags]
        except KeyError:
            pass
        key = (type(pattern), pattern, flags)
        p = _cache.pop(key, None)
        if p is None:
            if isinstance(pattern, Pattern):
                if flags:
                    raise ValueError("cannot process flags argument with a compiled pattern")
                return pattern
            if not isinstance(pattern, (str, bytes)):
                raise TypeError("first argument must be string or compiled pattern")
            p = _sre.compile(pattern, flags)
            if flags & DEBUG:
                return p
            if len(_cache) >= _MAXCACHE:
                try:
                    del _cache[next(iter(_cache))]
                except (StopIteration, RuntimeError, KeyError):
                    pass
        _cache[key] = p
        if len(_cache2) >= _MAXCACHE2:
            try:
                del _cache2[next(iter(_cache2))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache2[key] = p
        return p
else:
    def _compile(pattern, flags):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        try:
            return _cache[type(pattern), pattern, flags]
        except KeyError:
            pass
        if isinstance(pattern, Pattern):
            if flags:
                raise ValueError("cannot process flags argument with a compiled pattern")
            return pattern
        if not isinstance(pattern, (str, bytes)):
            raise TypeError("first argument must be string or compiled pattern")
        p = _sre.compile(pattern, flags)
        if not (flags & DEBUG):
            if len(_cache) >= _MAXCACHE:
                try:
                    del _cache[next(iter(_cache))]
                except (StopIteration, RuntimeError, KeyError):
                    pass
            _cache[type(pattern), pattern, flags] = p
        return p

del _MINOR, sys
