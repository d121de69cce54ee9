#!/usr/bin/env node
// Developer check: for every builtin module heapscope provides (and the stdlib modules that re-export their
// functions), compare with real CPython 3.11 / 3.12 / 3.13 the names whose type is builtin_function_or_method,
// sys.getrefcount(module) and the repr of the functions' __self__. Not part of `npm test`.
//
//   node scripts/compare-module-functions.mjs [--version 3.12|all] [--verbose]
//
// getrefcount also counts references CPython's start-up modules hold (zipimport's `time`, importlib's
// `_weakref` and `_warnings`, codecs/site's `builtins` and `sys`, ...) and, from 3.12, the heap types a
// module creates (itertools, _functools, _collections): differences there are listed, not failures.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { assertCleanSitePackages, cleanEnv } from './oracle-env.mjs';

const MODULES = [
  'builtins', 'sys', 'gc', 'math', 'time', '_weakref', 'weakref', 'itertools', '_functools', 'functools',
  '_collections', 'collections', '_tracemalloc', 'tracemalloc', 'atexit', '_warnings', 'warnings', '_typing',
  'random', 'operator', 'linecache',
];

// prints one line per module: name|refcount|function names|reprs of their __self__ (heapscope has no json)
const PROBE = `
import sys
for n in ${JSON.stringify(MODULES)}:
    try:
        m = __import__(n)
    except ImportError:
        print('|'.join([n, 'None', '', '']))
        continue
    fns = sorted(k for k, v in vars(m).items() if type(v) is type(len))
    selfs = sorted(set(repr(getattr(m, k).__self__).split(' from ')[0].replace(' (built-in)>', '') for k in fns))
    print('|'.join([n, str(sys.getrefcount(m)), ' '.join(fns), ';'.join(selfs)]))
    del m
`;

const args = process.argv.slice(2);
const vi = args.indexOf('--version');
const versions = vi >= 0 && args[vi + 1] !== 'all' ? [args[vi + 1]] : ['3.11', '3.12', '3.13'];
const verbose = args.includes('--verbose');
const root = new URL('..', import.meta.url).pathname;
const tmp = `/tmp/heapscope-modfn-${process.pid}`;
const runner = `${tmp}-runner.js`;
const probeFile = `${tmp}-probe.py`;
writeFileSync(probeFile, PROBE);

await esbuild.build({
  stdin: {
    contents: `
      import { runSource } from './src/engine/index';
      import { readFileSync } from 'node:fs';
      const [file, version] = process.argv.slice(2);
      const r = runSource(readFileSync(file, 'utf8'), { version, filename: file, timeoutMs: 60000 });
      process.stdout.write(r.stdout);
      process.stderr.write(r.stderr);
    `,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true, platform: 'node', outfile: runner, logLevel: 'warning',
});

// the newest pyenv build of `version`, or HEAPSCOPE_PYTHON_3_12 etc. as in update-conformance.mjs; refused
// when a site-packages .pth file changes start-up (and so the refcounts compared here)
function cpython(version) {
  const override = process.env[`HEAPSCOPE_PYTHON_${version.replace('.', '_')}`];
  const exe = override || defaultCpython(version);
  assertCleanSitePackages(exe);
  return exe;
}

function defaultCpython(version) {
  const pyenv = process.env.PYENV_ROOT || path.join(homedir(), '.pyenv');
  const dir = path.join(pyenv, 'versions');
  const patch = existsSync(dir) ? readdirSync(dir).filter((d) => d.startsWith(version + '.')).sort().pop() : undefined;
  if (patch === undefined) throw new Error(`CPython ${version} not found under ${dir}`);
  return path.join(dir, patch, 'bin', `python${version}`);
}

function parse(out) {
  const m = new Map();
  for (const line of out.split('\n')) {
    const f = line.split('|');
    if (f.length !== 4) continue;
    const split = (x, sep) => (x === '' ? [] : x.split(sep));
    m.set(f[0], { rc: f[1] === 'None' ? null : Number(f[1]), fns: split(f[2], ' '), selfs: split(f[3], ';') });
  }
  if (m.size === 0) throw new Error(`the probe printed nothing:\n${out}`);
  return m;
}

let mismatches = 0;
for (const v of versions) {
  const c = spawnSync(cpython(v), ['-s', probeFile], { encoding: 'utf8', env: cleanEnv() });
  const e = spawnSync(process.execPath, [runner, probeFile, v], { encoding: 'utf8' });
  if (e.stderr) process.stderr.write(e.stderr);
  const cp = parse(c.stdout);
  const hs = parse(e.stdout);
  console.log(`== ${v}`);
  for (const name of MODULES) {
    const a = cp.get(name);
    const b = hs.get(name);
    if (a === undefined || b === undefined) continue;
    if (a.rc === null && b.rc === null) continue;
    if (b.rc === null) {
      console.log(`  ${name.padEnd(14)} not provided by heapscope`);
      continue;
    }
    const missing = a.fns.filter((f) => !b.fns.includes(f));
    const extra = b.fns.filter((f) => !a.fns.includes(f));
    const selfSame = JSON.stringify(a.selfs) === JSON.stringify(b.selfs);
    const ok = missing.length === 0 && extra.length === 0 && a.rc === b.rc && selfSame;
    if (!ok) mismatches++;
    const parts = [`${name.padEnd(14)} ${ok ? 'ok  ' : 'DIFF'} functions ${a.fns.length}/${b.fns.length}`, `getrefcount ${a.rc}/${b.rc}`];
    if (missing.length) parts.push(`missing: ${missing.join(' ')}`);
    if (extra.length) parts.push(`extra: ${extra.join(' ')}`);
    if (!selfSame || verbose) parts.push(`__self__ ${a.selfs.join(', ')} / ${b.selfs.join(', ')}`);
    console.log('  ' + parts.join('  '));
  }
}
console.log(`(CPython/heapscope) ${mismatches} module(s) differ`);
