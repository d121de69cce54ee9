/**
 * Finding the real CPython interpreters (the oracle) through pyenv, for the test suites that compare with
 * them live (test/stdlib, test/fuzz). Suites that only read committed expectations do not need this.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { assertCleanSitePackages } from '../scripts/oracle-env.mjs';

/** pyenv's root directory (`pyenv root`, else $PYENV_ROOT or ~/.pyenv when it exists), or null. */
export function pyenvRoot(): string | null {
  try {
    return execFileSync('pyenv', ['root'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    const guess = process.env.PYENV_ROOT || path.join(homedir(), '.pyenv');
    return existsSync(guess) ? guess : null;
  }
}

/**
 * The newest installed pyenv interpreter for a minor version (`3.12` → …/3.12.1/bin/python3.12), or null.
 * One whose site-packages hold a .pth file stops the run, as the expectation scripts do
 * (scripts/oracle-env.mjs assertCleanSitePackages): `site` runs such files at start-up (even with -s), so
 * live comparisons with that interpreter would describe the machine, not stock CPython.
 */
export function findPython(root: string | null, minor: string): string | null {
  if (!root) return null;
  const dir = path.join(root, 'versions');
  if (!existsSync(dir)) return null;
  const candidates = readdirSync(dir)
    .filter((v) => (v === minor || v.startsWith(minor + '.')) && /^\d+\.\d+(\.\d+)?$/.test(v))
    .sort((a, b) => Number(b.split('.')[2] ?? 0) - Number(a.split('.')[2] ?? 0));
  for (const v of candidates) {
    const exe = path.join(dir, v, 'bin', `python${minor}`);
    if (existsSync(exe)) {
      assertCleanSitePackages(exe);
      return exe;
    }
  }
  return null;
}
