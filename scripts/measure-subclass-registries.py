#!/usr/bin/env python3
"""Measure the subclass registries (tp_subclasses dicts) of static types on the real interpreters and print
the tables of src/engine/profiles/subclasses.ts (paste them over the old ones).

  python3 scripts/measure-subclass-registries.py

Start-up: the registries are found with gc.get_objects() (dicts of id -> weakref holding exactly
type.__subclasses__(base)); sys.getsizeof gives the keys table's size, len() the entries, and the subclass
whose creation grows the table gives dk_usable (so the deleted entries: none on 3.11-3.13).
Imports: each module is imported first in a fresh interpreter with the collector off, with
_frozen_importlib._load_unlocked wrapped, so the classes each module's own load makes are told apart from
those of the modules it imports; a collection after the import tells which of them are garbage then.
"""
import ast
import os
import subprocess

VERSIONS = [('3.11', '3.11.7'), ('3.12', '3.12.1'), ('3.13', '3.13.0')]
# the static types with subclasses after start-up (3.12+ also list: _frozen_importlib._List)
BASES = ('object int tuple dict type property classmethod staticmethod GenericAlias BaseException Exception '
         'ValueError RuntimeError OSError ImportError LookupError ArithmeticError NameError SyntaxError Warning '
         'UnicodeError SystemError BaseExceptionGroup ConnectionError IndentationError').split()
# the modules heapscope provides (Python and native) that CPython's start-up has not imported
MODULES = ('__future__ base64 binascii bisect collections contextlib copy copyreg ctypes dataclasses enum fractions '
           'functools heapq inspect json keyword numbers operator pickle pprint queue re reprlib statistics string '
           'struct textwrap timeit traceback tracemalloc types typing warnings weakref asyncio _weakrefset '
           '_collections _ctypes _functools _json _operator _sre _struct array datetime itertools linecache random '
           'time math gc atexit _abc _io _tracemalloc _typing _warnings _weakref').split()

COMMON = '''
import gc, sys
NAMES = sys.argv[1].split(',')
def base(n):
    t = __builtins__.__dict__.get(n)
    return t if t is not None else {'GenericAlias': type(list[int])}[n]
bases = [base(n) for n in NAMES]
'''

STARTUP = COMMON + '''
live = {n: list(type.__subclasses__(b)) for n, b in zip(NAMES, bases)}
dicts = {}
for o in gc.get_objects():
    if type(o) is dict and o and all(type(k) is int for k in o):
        vals = list(o.values())
        if all(type(v).__name__ in ('weakref', 'ReferenceType') for v in vals):
            ids = set(id(v()) for v in vals)
            for n in NAMES:
                if n not in dicts and len(vals) == len(live[n]) and ids == set(map(id, live[n])):
                    dicts[n] = o
def usable_fraction(n): return (n << 1) // 3
def log2_of(d):
    for lg in range(3, 20):
        ib = 1 if lg < 8 else 2 if lg < 16 else 4
        if sys.getsizeof(d) == 64 + 32 + (1 << lg) * ib + usable_fraction(1 << lg) * 24:
            return lg
keep = []
out = {}
for n, b in zip(NAMES, bases):
    d = dicts[n]
    lg = log2_of(d)
    size = sys.getsizeof(d)
    k = 0
    while sys.getsizeof(d) == size:
        keep.append(type('C', (b,), {}))
        k += 1
    assert usable_fraction(1 << lg) - (k - 1) == len(live[n]), (n, 'deleted entries')
    out[n] = (lg, len(live[n]))
print(repr(out))
'''

IMPORT = COMMON + '''
from _weakref import ref
gc.collect()
gc.disable()
def state(): return [type.__subclasses__(b) for b in bases]
last = state()
made = {}
stack = []
def flush():
    global last
    now = state()
    if stack:
        a = made.setdefault(stack[-1], {})
        for n, l0, l1 in zip(NAMES, last, now):
            old = set(map(id, l0))
            new = [c for c in l1 if id(c) not in old]
            if new: a.setdefault(n, []).extend(ref(c) for c in new)
    last = now
fi = sys.modules['_frozen_importlib']
orig = fi._load_unlocked
def load(spec):
    flush()
    stack.append(spec.name)
    try:
        return orig(spec)
    finally:
        flush()
        stack.pop()
fi._load_unlocked = load
try:
    __import__(sys.argv[2])
except ImportError:
    pass
fi._load_unlocked = orig
del last
gc.collect()
out = {}
for m, a in made.items():
    if a:
        out[m] = ' '.join(f'{n}:{len(rs)}' + (f'-{dead}' if (dead := sum(r() is None for r in rs)) else '') for n, rs in a.items())
print(repr(out))
'''


def run(version, code, *args):
    env = dict(os.environ, PYTHONHASHSEED='0', PYENV_VERSION=version[1])
    env.pop('PYTHONUNBUFFERED', None)
    out = subprocess.run([f'python{version[0]}', '-s', '-c', code, *args], env=env, capture_output=True, text=True, check=True)
    return ast.literal_eval(out.stdout.strip())


def q(s):
    return s if s.isidentifier() else f"'{s}'"


def emit(name, typ, items):
    print(f'const {name}: {typ} = {{')
    line = ' '
    for it in items:
        if len(line) + len(it) + 2 > 116:
            print(line.rstrip())
            line = ' '
        line += ' ' + it + ','
    print(line.rstrip())
    print('};')


for version in VERSIONS:
    tag = version[0].replace('.', '')
    names = BASES + (['list'] if version[0] != '3.11' else [])
    startup = run(version, STARTUP, ','.join(names))
    emit(f'STARTUP_{tag}', 'StartupRegistries', [f'{q(n)}: [{lg}, {used}]' for n, (lg, used) in startup.items()])
    segments, imports = {}, {}
    for mod in MODULES:
        made = run(version, IMPORT, ','.join(names), mod)
        if made:
            imports[mod] = list(made)
        for seg, text in made.items():
            assert segments.setdefault(seg, text) == text, (version, seg)
    emit(f'SEGMENTS_{tag}', 'Record<string, string>', [f"{q(s)}: '{segments[s]}'" for s in sorted(segments)])
    emit(f'IMPORTS_{tag}', 'Record<string, string>', [f"{q(m)}: '{' '.join(imports[m])}'" for m in sorted(imports)])
