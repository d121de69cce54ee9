// Runs test/stdlib/run_equivalence.py (heapscope's Python stdlib modules vs the real
// CPython modules, side by side) on CPython 3.11, 3.12 and 3.13 found through pyenv,
// and checks that src/engine/stdlib/index.ts is in sync with the .py sources.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STDLIB, STDLIB_PACKAGES } from '../../src/engine/stdlib/index';
import { findPython, pyenvRoot } from '../pyenv';

const ROOT = path.resolve(__dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'test', 'stdlib', 'run_equivalence.py');
const VERSIONS = ['3.11', '3.12', '3.13'];

const root = pyenvRoot();

describe('stdlib index.ts', () => {
  it('is generated from the current .py sources', () => {
    const res = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-stdlib.mjs'), '--check'], { encoding: 'utf8' });
    expect(res.stderr + res.stdout).toContain('up to date');
    expect(res.status).toBe(0);
  });

  it('exports the expected modules', () => {
    for (const name of ['collections', 'collections.abc', 'dataclasses', 'enum', 'functools', 'typing', 'operator', 'copy']) {
      expect(STDLIB[name], name).toBeTypeOf('string');
    }
    expect(STDLIB_PACKAGES.has('collections')).toBe(true);
    expect(STDLIB_PACKAGES.has('collections.abc')).toBe(false);
  });
});

describe('stdlib equivalence with CPython', () => {
  for (const minor of VERSIONS) {
    const exe = findPython(root, minor);
    const title = `heapscope stdlib behaves like CPython ${minor}'s`;
    if (!exe) {
      it.skip(`${title} (skipped: no pyenv Python ${minor} installed; install it with \`pyenv install ${minor}\`)`, () => {});
      continue;
    }
    it(title, () => {
      const res = spawnSync(exe, ['-B', '-s', '-E', SCRIPT], { encoding: 'utf8', cwd: ROOT, timeout: 120_000 });
      const output = `${res.stdout}\n${res.stderr}`;
      expect(res.status, output).toBe(0);
      expect(output).toMatch(/\d+ checks, 0 failed/);
    });
  }
});
