#!/usr/bin/env python3
"""Generate test/engine/lib/strformat_fixtures.json from real CPython:

    PYENV_VERSION=3.12.1 python3.12 test/engine/lib/strformat_fixtures_gen.py

`format` cases: template.format(*args, **kwargs) with JSON-able args; `parser` cases:
list(_string.formatter_parser(template)) or the error it raises.
"""
import _string
import json
import os

ARGS = ['x', 42, ['l0', 'l1'], {'k': 'v', '1': 'one'}, 'é😀']
KW = {'a': 'A', 'b': [10, 20], 'w': 8, 'd': {'x': 'dx'}}
TEMPLATES = [
    '', 'plain', '{}', '{} {}', '{0} {1} {0}', '{a} {b}', '{{}}', '{{{0}}}', '}}{{', '{', '}', 'a}b', 'a{', '{0',
    '{0!r}', '{0!s}', '{0!a}', '{4!a}', '{4!r}', '{0!x}', '{0! }', '{0!é}', '{0!', '{0!r', '{0!rr}', '{0!r:', '{!}',
    '{0!}}', '{0:}', '{0:>8}', '{0:{a}}', '{:{}}', '{:>{}}', '{0:{1}}', '{:{:{}}}', '{0:{1:{2}}}', '{:{1}}',
    '{1:{}}', '{} {0}', '{0} {}', '{a} {}', '{} {a}', '{2[0]}', '{2[1]}', '{2[2]}', '{3[k]}', '{3[1]}', '{b[1]}',
    '{d[x]}', '{2[-1]}', '{[0]}', '{2[0}', '{2[0]x}', '{2[]}', '{0.}', '{z}', '{9}', '{a.}', '{z.}', '{0]}',
    '{0[}', '{0:{', '{0{}', '{٠}', '{𝟏}', '{99999999999999999999}', '{9999999999}', '{0:{a}{b[0]}}', '{:{a}}{}',
    '{0:{{}}}', '{0:}}', 'x{0}y{1}z', '{0}{5}{', '{9}{', '{0!z}{', '{z}{0!z}', '{0:{9}}', 'é{0}😀{1}',
    '{2[0]!r:>{w}}', '{0:{:{}}}', '{ 0}', '{0 }', '{-1}', '{0[0][0]}', '{2[0]]}', '{a[}', '{0:[}',
]

cases = []
for t in TEMPLATES:
    try:
        r = {'ok': t.format(*ARGS, **KW)}
    except Exception as e:  # noqa: BLE001
        r = {'err': [type(e).__name__, str(e)]}
    try:
        p = {'ok': [list(x) for x in _string.formatter_parser(t)]}
    except Exception as e:  # noqa: BLE001
        p = {'err': [type(e).__name__, str(e)]}
    try:
        m = {'ok': t.format_map(KW)}
    except Exception as e:  # noqa: BLE001
        m = {'err': [type(e).__name__, str(e)]}
    cases.append({'t': t, 'format': r, 'parser': p, 'format_map': m})

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'strformat_fixtures.json')
with open(path, 'w') as f:
    json.dump({'args': ARGS, 'kwargs': KW, 'cases': cases}, f, ensure_ascii=True, indent=0)
print(len(cases), 'templates ->', path)
