// The environment real CPython runs in when it is the oracle (conformance expectations, start-up
// measurements): no user site, fixed hash seed, UTF-8 I/O, no colours; shared so every script measures
// the interpreter in the same state.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

export function cleanEnv() {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? homedir(),
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    TERM: 'dumb',
    NO_COLOR: '1',
    PYTHON_COLORS: '0',
    PYTHONHASHSEED: '0',
    PYTHONDONTWRITEBYTECODE: '1',
    PYTHONIOENCODING: 'utf-8',
    PYTHONNOUSERSITE: '1',
  };
}

// The one .pth file a stock interpreter may carry: setuptools installs it into every pyenv build that
// bundles setuptools (3.11 here) and its start-up cost is part of what users' CPython does.
const ALLOWED_PTH = new Set(['distutils-precedence.pth']);

/**
 * Stops the script if `exe`'s site-packages hold a .pth file other than setuptools' one. `site` executes
 * the `import` lines of every .pth file at start-up, so such a file (a sandbox's CA-certificate hook, an
 * editable install) imports modules and allocates objects before the program's first line, and every
 * start-up measurement and expectation taken with it describes that machine, not stock CPython.
 * The interpreter is asked with -S (no `site` at start-up, so the .pth files are not run by the check).
 */
export function assertCleanSitePackages(exe) {
  const code = 'import json, site; print(json.dumps(site.getsitepackages()))';
  const dirs = JSON.parse(execFileSync(exe, ['-S', '-c', code], { encoding: 'utf8', env: cleanEnv() }));
  const extra = [];
  for (const dir of dirs) {
    let names;
    try {
      names = readdirSync(dir);
    } catch {
      continue; // getsitepackages lists lib64 and dist-packages variants that need not exist
    }
    for (const n of names) if (n.endsWith('.pth') && !ALLOWED_PTH.has(n)) extra.push(path.join(dir, n));
  }
  if (extra.length === 0) return;
  const envName = `HEAPSCOPE_PYTHON_${/python(\d+\.\d+)/.exec(path.basename(exe))?.[1]?.replace('.', '_') ?? '3_xx'}`;
  console.error(
    `${exe} is not a clean oracle: its site-packages hold\n` +
      extra.map((f) => `    ${f}\n`).join('') +
      `  \`site\` runs these at every start-up, which changes what start-up imports and allocates (gc counts,\n` +
      `  refcounts, freelists, sys.modules), so measurements and expectations made with it are wrong.\n` +
      `  Move the file(s) aside (mv ${extra.join(' ')} /tmp/),\n` +
      `  or point ${envName} at a copy of the interpreter whose site-packages hold no .pth file other than\n` +
      `  ${[...ALLOWED_PTH].join(', ')}.`,
  );
  process.exit(2);
}
