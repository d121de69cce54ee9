/**
 * One process runs programs for several versions in turn (the extension's worker when the user changes the
 * version setting; the bench and fingerprint scripts). A run must not depend on which version ran before it:
 * static state a run leaves (the names a 3.11 import gives collections' helper types, which decide whether
 * 3.12+ makes them mortal heap types) must not change the next run's numbers. The conformance case is run in
 * an order that switches versions both ways and compared with the output CPython printed for each version.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAuditedOutput, type Version } from './audited';

const CASE = join(__dirname, '../conformance/cases/modules/heap_type_instance_refs');

describe('runs of different versions in one process', () => {
  it("a program's output does not depend on the version of the run before it", () => {
    const src = readFileSync(`${CASE}.py`, 'utf8');
    const expected = JSON.parse(readFileSync(`${CASE}.expected.json`, 'utf8')) as Record<Version, { stdout: string }>;
    for (const v of ['3.11', '3.12', '3.13', '3.11', '3.13', '3.12'] as Version[]) {
      expect(runAuditedOutput(src, v).stdout, v).toBe(expected[v].stdout);
    }
  });
});
