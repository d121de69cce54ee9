#!/usr/bin/env python3
"""Generate the parser test fixtures from real CPython (the oracle).

Usage:  python3 scripts/gen-parser-fixtures.py
Needs pyenv with 3.11.7, 3.12.1 and 3.13.0 installed. Writes:

  test/engine/parser/fixtures/errors-expected.json
      For every snippet in test/engine/parser/fixtures/error-snippets.json and
      every version: the SyntaxError raised by compile(src, 'x.py', 'exec')
      (type, msg, lineno, offset, end_lineno, end_offset, text), and the exact
      stderr of `python FILE` where FILE is the snippet written to
      /tmp/heapscope-parser-fixture/snippet.py.
  test/engine/parser/fixtures/corpus/*.dump
      For every corpus/*.py: ast.dump(stmt, include_attributes=True) for each
      top-level statement of ast.parse(src), one per line, from CPython 3.12.

The tests never run CPython: they only read these files.
"""
import json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIX = os.path.join(ROOT, 'test', 'engine', 'parser', 'fixtures')
VERSIONS = {'3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0'}
TMPDIR = '/tmp/heapscope-parser-fixture'
SNIPPET_FILE = TMPDIR + '/snippet.py'

PROBE = r'''
import sys, json, warnings
warnings.simplefilter('ignore')
out = []
for src in json.load(open(sys.argv[1])):
    try:
        compile(src, 'x.py', 'exec')
        out.append(None)
    except SyntaxError as e:
        out.append({'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                    'end_lineno': e.end_lineno, 'end_offset': e.end_offset, 'text': e.text})
    except (MemoryError, RecursionError) as e:
        out.append({'type': type(e).__name__, 'msg': str(e)})
print(json.dumps(out))
'''


def py(ver):
    env = dict(os.environ, PYENV_VERSION=VERSIONS[ver])
    return ['python' + ver], env


def main():
    os.makedirs(TMPDIR, exist_ok=True)
    # Run from a directory without an x.py so compile() cannot find source text on disk.
    os.chdir(TMPDIR)
    snippets = json.load(open(os.path.join(FIX, 'error-snippets.json')))
    srcs = [s['src'] for s in snippets]
    with open(TMPDIR + '/snippets.json', 'w') as f:
        json.dump(srcs, f)
    result = []
    per_ver = {}
    for ver in VERSIONS:
        cmd, env = py(ver)
        r = subprocess.run(cmd + ['-c', PROBE, TMPDIR + '/snippets.json'], env=env, capture_output=True, text=True, check=True)
        per_ver[ver] = json.loads(r.stdout)
    for i, s in enumerate(snippets):
        entry = {'name': s['name'], 'src': s['src'], 'expected': {}}
        for ver in VERSIONS:
            err = per_ver[ver][i]
            if err is not None:
                with open(SNIPPET_FILE, 'w', encoding='utf-8') as f:
                    f.write(s['src'])
                cmd, env = py(ver)
                r = subprocess.run(cmd + [SNIPPET_FILE], env=env, capture_output=True, text=True)
                err['stderr'] = r.stderr
            entry['expected'][ver] = err
        result.append(entry)
    with open(os.path.join(FIX, 'errors-expected.json'), 'w') as f:
        json.dump({'filename': SNIPPET_FILE, 'cases': result}, f, indent=1, ensure_ascii=False)
        f.write('\n')
    # AST dumps (3.12)
    corpus = os.path.join(FIX, 'corpus')
    cmd, env = py('3.12')
    for name in sorted(os.listdir(corpus)):
        if not name.endswith('.py'):
            continue
        path = os.path.join(corpus, name)
        r = subprocess.run(cmd + ['-c', 'import ast,sys,warnings; warnings.simplefilter("ignore"); t = ast.parse(open(sys.argv[1], encoding="utf-8").read()); print("\\n".join(ast.dump(s, include_attributes=True) for s in t.body))', path],
                           env=env, capture_output=True, text=True, check=True)
        with open(path[:-3] + '.dump', 'w') as f:
            f.write(r.stdout)
    print('ok: %d snippets, corpus done' % len(snippets))


if __name__ == '__main__':
    main()
