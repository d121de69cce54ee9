/**
 * Running a program in a unit test the way the engine's own tests must: the heap audit (every refcount
 * recounted, every pool walked) has to find nothing afterwards.
 */
import { expect } from 'vitest';
import { auditLastRun, runSource } from '../../src/engine/index';

export type Version = '3.11' | '3.12' | '3.13';

/** stdout and stderr of `src` run as prog.py on `version`; fails the test if the heap audit finds anything. */
export function runAuditedOutput(src: string, version: Version): { stdout: string; stderr: string } {
  const r = runSource(src, { version, filename: 'prog.py' });
  expect(auditLastRun()).toEqual([]);
  return { stdout: r.stdout, stderr: r.stderr };
}

/** stdout of `src` run as prog.py on `version`, which must print nothing on stderr and leave a clean audit. */
export function runAudited(src: string, version: Version): string {
  const r = runAuditedOutput(src, version);
  expect(r.stderr).toBe('');
  return r.stdout;
}
