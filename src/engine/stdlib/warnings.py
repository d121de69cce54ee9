"""Python part of the warnings subsystem (heapscope stdlib; the role of CPython's Lib/warnings.py).

warn() and warn_explicit() and the filter list live in the native _warnings module (CPython's
Python/_warnings.c); this module adds the filter-editing API, catch_warnings, WarningMessage and the
functions that format and print a warning. _warnings reads `filters`, `defaultaction`, `onceregistry`
and `_showwarnmsg` from this module, so replacing them (as catch_warnings does) takes effect.
"""

import sys

from _warnings import (filters, _defaultaction, _onceregistry, warn, warn_explicit,
                       _filters_mutated)

try:
    # heapscope's _warnings matches filter patterns (it has no `re` module)
    from _warnings import _match_start
except ImportError:
    # CPython's own _warnings (this module loaded by test/stdlib/run_equivalence.py)
    def _match_start(pattern, text, ignorecase):
        import re
        return re.match(pattern, text, re.I if ignorecase else 0) is not None

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings"]

defaultaction = _defaultaction
onceregistry = _onceregistry

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# 3.13 validates filter arguments with TypeError / ValueError instead of assert
_PY313 = sys.version_info >= (3, 13)


def _check_action(action):
    if action not in _ACTIONS:
        raise ValueError(f"invalid action: {action!r}")


def _check_lineno(lineno):
    if not isinstance(lineno, int):
        raise TypeError("lineno must be an int")
    if lineno < 0:
        raise ValueError("lineno must be an int >= 0")


class _Pattern:
    """What re.compile(pattern[, re.I]) gives the filters: an object with .match(text).

    heapscope has no `re` module; the pattern is matched at the start of the text with the regular
    expression engine of the host (Python's syntax for the usual constructs).
    """

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self.flags = 34 if ignorecase else 32   # re.IGNORECASE | re.UNICODE, or re.UNICODE
        self._ignorecase = ignorecase

    def match(self, text):
        return _match_start(self.pattern, text, self._ignorecase)

    def __eq__(self, other):
        if not isinstance(other, _Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        if self._ignorecase:
            return "re.compile(%r, re.IGNORECASE)" % (self.pattern,)
        return "re.compile(%r)" % (self.pattern,)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            # sys.stderr is None when run with pythonw.exe: warnings get lost
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  %s\n" % line
    if msg.source is not None:
        # where the source object was allocated, when tracemalloc traced it
        try:
            import tracemalloc
        except Exception:
            suggest_tracemalloc = False
            tb = None
        else:
            try:
                suggest_tracemalloc = not tracemalloc.is_tracing()
                tb = tracemalloc.get_object_traceback(msg.source)
            except Exception:
                suggest_tracemalloc = False
                tb = None
        if tb is not None:
            s += 'Object allocated at (most recent call last):\n'
            for frame in tb:
                s += '  File "%s", lineno %s\n' % (frame.filename, frame.lineno)
                try:
                    import linecache
                    line = linecache.getline(frame.filename, frame.lineno)
                except Exception:
                    line = None
                if line:
                    s += '    %s\n' % line.strip()
        elif suggest_tracemalloc:
            s += f'{category}: Enable tracemalloc to get the object allocation traceback\n'
    return s


# Keep references to check if the functions were replaced
_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            # warnings.showwarning() was replaced
            if not callable(sw):
                raise TypeError("warnings.showwarning() must be set to a "
                                "function or method")
            sw(msg.message, msg.category, msg.filename, msg.lineno,
               msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """Function to format a warning the standard way."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            # warnings.formatwarning() was replaced
            return fw(msg.message, msg.category,
                      msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front).

    'action' -- one of "error", "ignore", "always", "default", "module", or "once"
    'message' -- a regex that the warning message must match
    'category' -- a class that the warning must be a subclass of
    'module' -- a regex that the module name must match
    'lineno' -- an integer line number, 0 matches all warnings
    'append' -- if true, append to the list of filters
    """
    if _PY313:
        _check_action(action)
        if not isinstance(message, str):
            raise TypeError("message must be a string")
        if not isinstance(category, type) or not issubclass(category, Warning):
            raise TypeError("category must be a Warning subclass")
        if not isinstance(module, str):
            raise TypeError("module must be a string")
        _check_lineno(lineno)
    else:
        assert action in _ACTIONS, "invalid action: %r" % (action,)
        assert isinstance(message, str), "message must be a string"
        assert isinstance(category, type), "category must be a class"
        assert issubclass(category, Warning), "category must be a Warning subclass"
        assert isinstance(module, str), "module must be a string"
        assert isinstance(lineno, int) and lineno >= 0, \
            "lineno must be an int >= 0"
    message = _Pattern(message, True) if message else None
    module = _Pattern(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front).

    A simple filter matches all modules and messages.
    """
    if _PY313:
        _check_action(action)
        _check_lineno(lineno)
    else:
        assert action in _ACTIONS, "invalid action: %r" % (action,)
        assert isinstance(lineno, int) and lineno >= 0, \
            "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # Remove a possible duplicate filter, so that it goes to the front (or stays where it is when appending)
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon
    exiting the context.

    The 'record' argument specifies whether warnings should be captured by a
    custom implementation of warnings.showwarning() and be appended to a list
    returned by the context manager. Otherwise None is returned by the context
    manager. The objects appended to the list are arguments whose attributes
    mirror the arguments to showwarning().

    If 'action' is not None, simplefilter(action, category, lineno, append) is
    applied on entry.
    """

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            # Reset showwarning() to the default implementation to make sure
            # that _showwarnmsg() calls _showwarnmsg_impl()
            self._module.showwarning = self._module._showwarning_orig
            return log
        else:
            return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


def _warn_unawaited_coroutine(coro):
    # called by the interpreter when a coroutine is finalized before it ever ran
    msg = f"coroutine '{coro.__qualname__}' was never awaited"
    warn(msg, category=RuntimeWarning, stacklevel=2, source=coro)
