#!/usr/bin/env python3
"""Generate src/engine/profiles/startup_strings.ts from the real interpreters (3.11, 3.12, 3.13 via pyenv).

What a program sees of CPython's start-up in its string interning and its type attribute cache:

1. The strings interned when a program starts. Interning a string equal to one of them (a code constant,
   sys.intern, setattr) gives the existing object: `sys.intern(s) is s` is False, the object is statically
   allocated (_Py_ID, deep-frozen modules) or a heap string the start-up made, and its refcount is not the
   program's. Found in two steps, so that the finder's own imports do not count:
     a. candidates: every key of the interned-strings dict(s) and (3.12+) of the runtime's hashtable of
        static strings, read through ctypes in one process per version (symbols of libpython);
     b. a clean process per version (the way conformance runs programs: `python -s file`) interns every
        candidate from a file and records whether an equal string existed, and its refcount then.
   Only strings of name characters (all_name_chars: [A-Za-z0-9_], what the compiler interns) are kept; other
   start-up strings (paths, format strings) depend on the machine more than on the version. One-character
   strings are left out (Profile.preInternedChars and the latin-1 singletons model them).
2. The version tag the first class of a program gets (_testcapi.type_get_version after a lookup).
3. The static types 3.11's start-up gave a version tag (type.__flags__ shows Py_TPFLAGS_VALID_VERSION_TAG).

Usage: python3 scripts/gen-startup-strings.py   (needs pyenv with 3.11.x, 3.12.x, 3.13.x and `nm`; or
       HEAPSCOPE_PYTHON_3_11 etc.; interpreters whose site-packages hold .pth files are refused)
"""
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'src', 'engine', 'profiles', 'startup_strings.ts')
VERSIONS = ['3.11', '3.12', '3.13']
NAME_CHARS = re.compile(r'[A-Za-z0-9_]+')
STATIC_INITIAL = 999999999  # 3.11 _PyObject_IMMORTAL_INIT refcount of statically allocated objects
IMMORTAL = 4294967295

DUMP = r'''
import ctypes, os, subprocess, sys
ver = sys.version_info[:2]
maps = []
lib = base = None
for l in open('/proc/self/maps'):
    p = l.split()
    lo, hi = (int(x, 16) for x in p[0].split('-'))
    if 'r' in p[1]:
        maps.append((lo, hi))
    if lib is None and 'libpython' in p[-1]:
        lib = p[-1]
    if p[-1] == lib and int(p[2], 16) == 0 and base is None:
        base = lo
def readable(a, n):
    return any(lo <= a and a + n <= hi for lo, hi in maps)
def word(a):
    return ctypes.c_size_t.from_address(a).value
def sym(name):
    for line in subprocess.check_output(['nm', '-S', lib], text=True).splitlines():
        p = line.split()
        if p[-1] == name:
            return base + int(p[0], 16), (int(p[1], 16) if len(p) == 4 else 8)
    raise KeyError(name)
def obj(p):
    return ctypes.cast(p, ctypes.py_object).value
def as_dict(p):
    if p == 0 or p % 8 or not readable(p, 16) or word(p + 8) != id(dict):
        return None
    d = obj(p)
    return d if len(d) > 500 and all(type(k) is str and d[k] is k for k in list(d)[:200]) else None
def hashtable_keys(p):
    # _Py_hashtable_t: nentries, nbuckets, buckets (_Py_slist_t *), ...; entry: next, key_hash, key, value
    if p == 0 or p % 8 or not readable(p, 24):
        return None
    n, nb, buckets = word(p), word(p + 8), word(p + 16)
    if not (500 < n < 100000 and 0 < nb < 1 << 20 and n <= nb * 8) or buckets % 8 or not readable(buckets, nb * 8):
        return None
    keys = []
    for b in range(nb):
        e = word(buckets + 8 * b)
        while e:
            if not readable(e, 32) or len(keys) > n:
                return None
            k = word(e + 16)
            if not readable(k, 16) or word(k + 8) != id(str):
                return None
            keys.append(k)
            e = word(e)
    return keys if len(keys) == n else None
names = set()
if ver == (3, 11):
    addr, _ = sym('interned')
    names.update(obj(word(addr)))
else:
    addr, size = sym('_PyRuntime')
    for off in range(0, size, 8):
        p = word(addr + off)
        d = as_dict(p)
        if d is not None:
            names.update(d)
        ks = hashtable_keys(p)
        if ks:
            names.update(obj(k) for k in ks)
out = [n for n in names if len(n) > 1 and '\n' not in n and not any(0xd800 <= ord(c) <= 0xdfff for c in n)]
sys.stdout.write('\n'.join(sorted(out)))
sys.stdout.flush()
os._exit(0)
'''

# sys.intern and sys.getrefcount are fetched by names built at run time: the probe's own code must not hold
# (nor make the type cache hold) a reference to a string it measures. Its other names are static strings.
# The type attribute cache is emptied first: whether it still holds a start-up lookup's name when a program
# starts depends on addresses, which ASLR changes from run to run (objects/typecache.ts), so the counts
# would differ by one from run to run; without the cache's references they are reproducible.
PROBE = r'''
import sys
d = vars(sys)
d[''.join(('_clear_type', '_cache'))]()
I = d[''.join(('int', 'ern'))]
G = d[''.join(('getref', 'count'))]
for w in open(sys.argv[1], encoding='utf-8').read().split('\n'):
    i = I(w)
    sys.stdout.write(str(0 if i is w else G(i) - 2) + '\n')
'''

TAG = r'''
class K:
    pass
getattr(K(), 'x', None)
import _testcapi
print(_testcapi.type_get_version(K))
'''

# The static types start-up gave a version tag (Py_TPFLAGS_VALID_VERSION_TAG, 1 << 19; not a heap type,
# 1 << 9), found by walking type.__subclasses__ from object at the program's first line. The walk itself
# looks nothing up on the types it visits: __flags__, __name__, __module__, __qualname__ are data
# descriptors of the metatype (type_getattro finds them on `type`, which start-up's importlib tagged long
# before: classmethod calls on the importer classes), `sub(t)` calls type.__subclasses__ unbound, and the
# loop uses operators only (a method call would tag list or set). Names are the tp_name with its module.
TAGGED = r'''
sub = type.__subclasses__
todo = [object]
seen = {}
out = []
i = 0
while i < len(todo):
    t = todo[i]
    i += 1
    if t in seen:
        continue
    seen[t] = 1
    f = t.__flags__
    if not (f >> 9) & 1 and (f >> 19) & 1:
        m = t.__module__
        out += [t.__name__ if m == 'builtins' else m + '.' + t.__qualname__]
    todo += sub(t)
print(' '.join(sorted(out)))
'''


def interpreter(version):
    """The pyenv build of `version`, or HEAPSCOPE_PYTHON_3_12 etc. as in scripts/update-conformance.mjs."""
    env_name = 'HEAPSCOPE_PYTHON_' + version.replace('.', '_')
    if os.environ.get(env_name):
        return assert_clean_site_packages(os.environ[env_name], env_name)
    root = subprocess.check_output(['pyenv', 'root'], text=True).strip()
    vdir = os.path.join(root, 'versions')
    for d in sorted(os.listdir(vdir)):
        if d.startswith(version + '.') and d[len(version) + 1:].isdigit():
            return assert_clean_site_packages(os.path.join(vdir, d, 'bin', 'python' + version), env_name)
    sys.exit(f'CPython {version} not found under {vdir}')


def assert_clean_site_packages(exe, env_name):
    """Stop if exe's site-packages hold a .pth file other than setuptools' distutils-precedence.pth: `site`
    runs them at start-up, which changes the interned strings and refcounts measured here (the rule of
    assertCleanSitePackages in scripts/oracle-env.mjs). -S: the check itself must not run them."""
    code = 'import json, site; print(json.dumps(site.getsitepackages()))'
    dirs = json.loads(subprocess.check_output([exe, '-S', '-c', code], text=True, env=clean_env()))
    extra = [os.path.join(d, n) for d in dirs if os.path.isdir(d) for n in sorted(os.listdir(d))
             if n.endswith('.pth') and n != 'distutils-precedence.pth']
    if extra:
        sys.exit(f'{exe} is not a clean oracle: its site-packages hold ' + ', '.join(extra) + '.\n'
                 '  `site` runs these at every start-up, which changes what start-up allocates and interns.\n'
                 f'  Move the file(s) aside, or point {env_name} at a copy of the interpreter without them.')
    return exe


def clean_env():
    return {'PATH': os.environ.get('PATH', '/usr/bin:/bin'), 'HOME': os.environ.get('HOME', '/'),
            'LANG': 'C.UTF-8', 'LC_ALL': 'C.UTF-8', 'PYTHONHASHSEED': '0', 'PYTHONDONTWRITEBYTECODE': '1',
            'PYTHONIOENCODING': 'utf-8', 'PYTHONNOUSERSITE': '1'}


def run_file(exe, source, *args):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'probe.py')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(source)
        return subprocess.check_output([exe, '-s', path, *args], text=True, encoding='utf-8', env=clean_env(), cwd=tmp)


def main():
    exes = {v: interpreter(v) for v in VERSIONS}
    candidates = set()
    for v, exe in exes.items():
        candidates.update(w for w in run_file(exe, DUMP).split('\n') if w)
    names = sorted(candidates)
    tokens = {}
    tags = {}
    with tempfile.TemporaryDirectory() as tmp:
        cand_path = os.path.join(tmp, 'candidates.txt')
        with open(cand_path, 'w', encoding='utf-8') as f:
            f.write('\n'.join(names))
        for v, exe in exes.items():
            counts = [int(x) for x in run_file(exe, PROBE, cand_path).split()]
            assert len(counts) == len(names), (v, len(counts), len(names))
            toks = []
            for n in counts:
                if n == 0:
                    toks.append('')  # not interned at start-up
                elif n >= IMMORTAL - 2:
                    toks.append('i')  # immortal
                elif n >= STATIC_INITIAL:
                    toks.append('s' + str(n - STATIC_INITIAL))  # 3.11 static object
                else:
                    toks.append(str(n))  # heap string: its refcount
            tokens[v] = toks
            tags[v] = int(run_file(exe, TAG).strip())
    # 3.11 only: 3.12 tags every static builtin type when it is initialised, 3.13 reports no such flag
    tagged_311 = run_file(exes['3.11'], TAGGED).split()
    # keep only names of name characters that some version has
    keep = [i for i in range(len(names)) if NAME_CHARS.fullmatch(names[i]) and any(tokens[v][i] for v in VERSIONS)]
    lines = [
        '/**',
        ' * GENERATED by scripts/gen-startup-strings.py from CPython 3.11 / 3.12 / 3.13 — do not edit.',
        ' * The strings a program finds interned when it starts (length > 1), and per version how each exists:',
        " * '' not interned; 'i' immortal; 's<n>' 3.11 static object (refcount 999999999 + n); '<n>' heap string",
        " * with refcount n (counts leave out the type attribute cache's references, which vary from run to run).",
        ' * Read by objects/str.ts (startupString). Also the version tag of the first class a program makes',
        ' * (objects/typecache.ts).',
        ' */',
        # one space-separated string literal: much cheaper to load at every start-up than an array literal
        # of thousands of strings (the names are NAME_CHARS, so never contain a space)
        '// names (space-separated: one string literal loads faster than an array literal of thousands)',
        'export const STARTUP_STRING_NAMES: readonly string[] = ' + repr_js(' '.join(names[i] for i in keep)) + ".split(' ');",
        '',
        'export const STARTUP_STRING_STATES: Readonly<Record<string, string>> = {',
    ]
    for v in VERSIONS:
        lines.append(f"  '{v}': '{','.join(tokens[v][i] for i in keep)}',")
    lines.append('};')
    lines.append('')
    lines.append('export const FIRST_HEAP_TYPE_VERSION_TAG: Readonly<Record<string, number>> = {')
    for v in VERSIONS:
        lines.append(f"  '{v}': {tags[v]},")
    lines.append('};')
    lines.append('')
    lines.append('// the static types 3.11 start-up gave a version tag, by tp_name (objects/typeflags.ts)')
    lines.append('export const STARTUP_TAGGED_TYPES_311: readonly string[] = ' + repr_js(' '.join(tagged_311)) + ".split(' ');")
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    print(f'{OUT}: {len(keep)} strings; first heap type tags {tags}; 3.11 start-up tagged {len(tagged_311)} static types')


def repr_js(items):
    return json.dumps(items, ensure_ascii=True)


if __name__ == '__main__':
    main()
