"""Equivalence tests for heapscope's Python standard library (src/engine/stdlib).

Runs every check twice, once against heapscope's module and once against the
real CPython module, and compares what a program would observe: reprs of
results, exception types and messages, iteration orders.

    python3 test/stdlib/run_equivalence.py [-v] [module ...]

Exits 1 on any mismatch.  heapscope's modules are loaded from source under
their real names (so reprs such as <class 'collections.OrderedDict'> match) but
are kept out of sys.modules; imports between them resolve to each other while
native modules (sys, math, itertools, _collections, _functools, ...) are the
real ones, as they will be in heapscope.
"""
import builtins
import sys as _sys_for_bytecode
_sys_for_bytecode.dont_write_bytecode = True  # keep __pycache__ out of src/engine/stdlib
import importlib.util
import os
import sys
import traceback
import warnings

warnings.simplefilter("ignore")

HERE = os.path.dirname(os.path.abspath(__file__))
STDLIB = os.path.normpath(os.path.join(HERE, '..', '..', 'src', 'engine', 'stdlib'))
VERSION = sys.version_info[:2]


# --------------------------------------------------------------------------
# Loading heapscope's modules side by side with the real ones
# --------------------------------------------------------------------------

def _discover():
    found = {}
    for dirpath, _dirs, files in os.walk(STDLIB):
        for f in files:
            if not f.endswith('.py'):
                continue
            rel = os.path.relpath(os.path.join(dirpath, f), STDLIB)[:-3].split(os.sep)
            is_pkg = rel[-1] == '__init__'
            if is_pkg:
                rel = rel[:-1]
            found['.'.join(rel)] = (os.path.join(dirpath, f), is_pkg)
    return found


class HeapscopeStdlib:
    """Loads src/engine/stdlib modules privately, wiring their imports to each other."""

    def __init__(self):
        self.sources = _discover()
        self.modules = {}
        self.builtins = dict(builtins.__dict__)
        self.builtins['__import__'] = self._import
        self.native_imports = {}   # native module name -> set of importing modules

    def load(self, name):
        mod = self.modules.get(name)
        if mod is not None:
            return mod
        path, is_pkg = self.sources[name]
        spec = importlib.util.spec_from_file_location(
            name, path, submodule_search_locations=[os.path.dirname(path)] if is_pkg else None)
        mod = importlib.util.module_from_spec(spec)
        mod.__dict__['__builtins__'] = self.builtins
        self.modules[name] = mod
        try:
            spec.loader.exec_module(mod)
        except BaseException:
            del self.modules[name]
            raise
        if '.' in name:
            parent, _, child = name.rpartition('.')
            setattr(self.load(parent), child, mod)
        return mod

    def _import(self, name, globals=None, locals=None, fromlist=(), level=0):
        if level:
            pkg = globals['__package__'] if globals.get('__package__') else globals['__name__'].rpartition('.')[0]
            base = pkg.rsplit('.', level - 1)[0] if level > 1 else pkg
            name = base + ('.' + name if name else '')
        top = name.partition('.')[0]
        if top in HEAPSCOPE_ONLY_NATIVE:
            raise NeedsHeapscopeNative(name)
        if top not in self.sources:
            importer = (globals or {}).get('__name__', '?')
            self.native_imports.setdefault(name, set()).add(importer)
            return builtins.__import__(name, globals, locals, fromlist, 0)
        mod = self.load(name)
        if fromlist:
            for f in fromlist:
                sub = name + '.' + f
                if sub in self.sources and not hasattr(mod, f):
                    self.load(sub)
            return mod
        return self.load(top)


class Mods:
    """Attribute access to one side's modules: M.collections, M.get('collections.abc')."""

    def __init__(self, getter):
        self._get = getter

    def __getattr__(self, name):
        if name.startswith('_') and not name.startswith('__'):
            raise AttributeError(name)
        return self._get(name)

    def get(self, name):
        return self._get(name)


# Modules heapscope's interpreter provides natively (see the stdlib brief);
# 'os' is imported lazily by contextlib.chdir only.
ALLOWED_NATIVE = {'sys', 'math', 'itertools', '_functools', '_collections', '_weakref', '_tracemalloc',
                  'weakref', 'gc', 'time', 'random', 'os', 'linecache', '_typing', '_warnings',
                  'builtins', '_operator', '_json', '_struct', '_abc'}

# Native modules whose heapscope version has another interface than CPython's (heapscope's own _sre
# engine; the private traceback formatter; _ctypes's views of the modelled heap): the Python modules over them
# (re, string, traceback, ctypes) cannot run on CPython here, so this harness skips them; the conformance
# cases check them against CPython instead.
HEAPSCOPE_ONLY_NATIVE = {'_sre', '_tbformat', '_ctypes'}


class NeedsHeapscopeNative(ImportError):
    pass


def real_module(name):
    return importlib.import_module(name)


# --------------------------------------------------------------------------
# Check machinery
# --------------------------------------------------------------------------

CHECKS = []


def check(module, *, versions=None):
    def deco(fn):
        CHECKS.append((module, fn.__name__, fn, versions))
        return fn
    return deco


def describe_exc(e):
    return '!%s: %s' % (type(e).__name__, safe_repr(str(e))[1:-1])


class Rec:
    """Collects observations; each observation is a string."""

    def __init__(self):
        self.out = []

    def __call__(self, fn, *args, **kwargs):
        """Record repr of fn(*args) or the exception it raises."""
        try:
            v = fn(*args, **kwargs)
        except Exception as e:
            self.out.append(describe_exc(e))
            return None
        self.out.append(safe_repr(v))
        return v

    def v(self, value):
        self.out.append(safe_repr(value))
        return value

    def s(self, value):
        self.out.append(str(value))
        return value


_ADDR = None


def safe_repr(v):
    global _ADDR
    if _ADDR is None:
        import re
        _ADDR = re.compile(r' at 0x[0-9a-fA-F]+')
    try:
        return _ADDR.sub(' at 0x?', repr(v))
    except Exception as e:
        return 'repr' + describe_exc(e)


def run_one(fn, mods):
    rec = Rec()
    try:
        fn(mods, rec)
    except Exception as e:
        rec.out.append('UNCAUGHT ' + describe_exc(e))
        if VERBOSE:
            traceback.print_exception(type(e), e, e.__traceback__)
    return rec.out


VERBOSE = False


def main(argv):
    global VERBOSE
    verbose = VERBOSE = '-v' in argv
    only = [a for a in argv if not a.startswith('-')]
    hs = HeapscopeStdlib()
    mine = Mods(hs.load)
    real = Mods(real_module)
    failures = 0
    total = 0
    per_module = {}
    for module, name, fn, versions in CHECKS:
        if only and module not in only:
            continue
        if versions is not None and VERSION not in versions:
            continue
        try:
            hs.load(module)
        except NeedsHeapscopeNative as e:
            print('skip %s.%s (imports heapscope-only %s)' % (module, name, e))
            continue
        total += 1
        a = run_one(fn, mine)
        b = run_one(fn, real)
        ok = a == b
        st = per_module.setdefault(module, [0, 0])
        st[0] += 1
        if not ok:
            st[1] += 1
            failures += 1
            print('FAIL %s.%s' % (module, name))
            n = max(len(a), len(b))
            shown = 0
            for i in range(n):
                x = a[i] if i < len(a) else '<missing>'
                y = b[i] if i < len(b) else '<missing>'
                if x != y:
                    shown += 1
                    if shown > 8 and not verbose:
                        print('  ...')
                        break
                    print('  [%d] heapscope: %s' % (i, x))
                    print('  [%d] cpython:   %s' % (i, y))
        elif verbose:
            print('ok   %s.%s (%d observations)' % (module, name, len(a)))
    # Every module must import only what heapscope provides natively.
    if not only:
        for name in sorted(hs.sources):
            try:
                hs.load(name)
            except NeedsHeapscopeNative:
                continue
            except Exception as e:
                failures += 1
                print('FAIL import %s: %s' % (name, describe_exc(e)))
        for name, importers in sorted(hs.native_imports.items()):
            if name not in ALLOWED_NATIVE:
                failures += 1
                print('FAIL %s import %r, which heapscope does not provide'
                      % (', '.join(sorted(importers)), name))
    print('Python %d.%d: %d checks, %d failed' % (VERSION + (total, failures)))
    for module in sorted(per_module):
        n, f = per_module[module]
        print('  %-14s %3d checks %s' % (module, n, 'ok' if not f else '%d FAILED' % f))
    return 1 if failures or not total else 0


# --------------------------------------------------------------------------
# The checks live in checks_*.py beside this file
# --------------------------------------------------------------------------

def _load_checks():
    import glob
    for path in sorted(glob.glob(os.path.join(HERE, 'checks_*.py'))):
        ns = {'check': check, 'VERSION': VERSION, '__name__': '__main__'}
        with open(path) as f:
            code = compile(f.read(), path, 'exec')
        exec(code, ns)


if __name__ == '__main__':
    _load_checks()
    sys.exit(main(sys.argv[1:]))
