/**
 * Conformance: every program under cases/<suite>/ is run by the heapscope engine for each CPython version
 * profile and compared with what real CPython printed (the <name>.expected.json files, written only by
 * `npm run conformance:update`). One test per case and version, named `suite/name [3.12]`.
 * See README.md in this folder.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { EnginePool } from './pool';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const KNOWN_FAILURES_PATH = join(__dirname, 'known-failures.json');
import {
  VERSIONS,
  auditProblems,
  compare,
  listCases,
  readExpectation,
  readKnownFailures,
  type ConformanceCase,
  type ExpectationFile,
  type Version,
} from './harness';

/**
 * Per-program wall-clock limit handed to the engine so a runaway program fails its own test instead of hanging
 * the run (the engine's default step limit, 50 million, stops loops deterministically first). Generous: the
 * heaviest conforming program takes about 3.5 s of CPU, and on a loaded 2-core CI machine it once took over 10.
 */
const ENGINE_TIMEOUT_MS = 40_000;

type Outcome = 'pass' | 'fail' | 'known-failure' | 'fixed-known-failure';

const cases = listCases();
const knownFailures = readKnownFailures(new Set(cases.map((c) => c.id)));
const outcomes = new Map<string, Map<Outcome, number>>();
/** Failing (case, version) pairs with their first mismatch, for HEAPSCOPE_WRITE_KNOWN_FAILURES=1. */
const failures = new Map<string, { versions: Version[]; reasons: string[] }>();

function noteFailure(id: string, version: Version, problems: string[]): void {
  let f = failures.get(id);
  if (!f) failures.set(id, (f = { versions: [], reasons: [] }));
  f.versions.push(version);
  const first = (problems[0] ?? 'fails').split('\n').filter((l) => l.trim() !== '').slice(0, 4).join(' / ').replace(/\s+/g, ' ');
  if (!f.reasons.some((r) => r.endsWith(first))) f.reasons.push(`[${version}] ${first}`);
}

function record(suite: string, outcome: Outcome): void {
  let m = outcomes.get(suite);
  if (!m) outcomes.set(suite, (m = new Map()));
  m.set(outcome, (m.get(outcome) ?? 0) + 1);
}

/** Programs run in worker threads: a hang in engine code fails one test after this deadline. */
const DEADLINE_MS = 60_000;
const pool = new EnginePool();
afterAll(() => pool.close());

/**
 * Runs one case on one version profile; returns the mismatches (empty = conforms). The engine's optional
 * audit (`auditLastRun()`, when exported) runs after each program inside the worker.
 */
async function check(c: ConformanceCase, expectation: ExpectationFile, version: Version): Promise<string[]> {
  const expected = expectation.versions[version];
  if (!expected) return [`no expectation for ${version}; regenerate with: npm run conformance:update -- ${c.id}`];
  const actual = await pool.run(
    { source: c.source, version, filename: c.filename, stdin: c.stdin ?? '', timeoutMs: ENGINE_TIMEOUT_MS },
    DEADLINE_MS,
  );
  if (actual.internalError !== undefined) {
    return [`the engine failed (an internal error, not a Python exception):\n${actual.internalError}`];
  }
  const problems = compare(expected, actual, expectation.compareStderr);
  if (actual.audit !== undefined) for (const p of auditProblems(actual.audit)) problems.push(`audit: ${p}`);
  return problems;
}

describe('conformance', () => {
  it('known-failures.json is well-formed', () => {
    expect(knownFailures.problems, 'fix test/conformance/known-failures.json').toEqual([]);
  });

  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  const suites = [...new Set(cases.map((c) => c.suite))];
  for (const suite of suites) {
    describe.concurrent(suite, () => {
      for (const c of cases.filter((x) => x.suite === suite)) {
        let expectation: ExpectationFile | Error;
        try {
          expectation = readExpectation(c);
        } catch (e) {
          expectation = e as Error;
        }
        for (const version of VERSIONS) {
          const known = knownFailures.entries.get(c.id);
          const expectedToFail = known !== undefined && known.versions.includes(version);
          it(`${c.id} [${version}]`, async () => {
            if (expectation instanceof Error) {
              record(suite, 'fail');
              throw expectation;
            }
            const problems = await check(c, expectation, version);
            if (problems.length) noteFailure(c.id, version, problems);
            if (expectedToFail) {
              if (problems.length === 0) {
                record(suite, 'fixed-known-failure');
                throw new Error(
                  `${c.id} [${version}] is listed in test/conformance/known-failures.json but now conforms: ` +
                    `remove ${version} (or the whole "${c.id}" entry) from that file.`,
                );
              }
              record(suite, 'known-failure');
              return;
            }
            record(suite, problems.length ? 'fail' : 'pass');
            if (problems.length) throw new Error(`${c.id} [${version}] does not match CPython ${version}:\n\n${problems.join('\n\n')}`);
          });
        }
      }
    });
  }

  it('summary', () => {
    const order: Outcome[] = ['pass', 'fail', 'known-failure', 'fixed-known-failure'];
    const total = new Map<Outcome, number>();
    const rows: string[] = [];
    for (const suite of suites) {
      const m = outcomes.get(suite) ?? new Map<Outcome, number>();
      for (const o of order) total.set(o, (total.get(o) ?? 0) + (m.get(o) ?? 0));
      rows.push(formatRow(suite, m));
    }
    rows.push(formatRow('total', total));
    const ran = [...total.values()].reduce((a, b) => a + b, 0);
    // Printed as one block; visible in `npm test` output (vitest shows console output of tests).
    console.log(`conformance summary (${cases.length} programs x ${VERSIONS.length} versions, ${ran} run):\n${rows.join('\n')}`);
    if (process.env.HEAPSCOPE_WRITE_KNOWN_FAILURES === '1') writeKnownFailures();
  });
});

/**
 * Rewrite known-failures.json from this run: every failing case with the versions it fails on and its first
 * mismatch as the reason. Only for a full run (no -t filter); review the diff before committing.
 */
function writeKnownFailures(): void {
  const out: Record<string, unknown> = {
    $comment:
      'Cases that do not conform yet, written by HEAPSCOPE_WRITE_KNOWN_FAILURES=1 npx vitest run test/conformance from a full run: ' +
      'each reason is the first mismatch against CPython. Every entry must still fail (the test checks it); fix the engine, then regenerate.',
  };
  for (const id of [...failures.keys()].sort()) {
    const f = failures.get(id)!;
    const versions = VERSIONS.filter((v) => f.versions.includes(v));
    out[id] = { versions: versions.length === VERSIONS.length ? 'all' : versions, reason: `not yet conforming: ${f.reasons.join('; ')}`.slice(0, 700) };
  }
  writeFileSync(KNOWN_FAILURES_PATH, JSON.stringify(out, null, 2) + '\n');
  console.log(`wrote ${failures.size} known failures to ${KNOWN_FAILURES_PATH}`);
}

function formatRow(label: string, m: Map<Outcome, number>): string {
  const n = (o: Outcome) => m.get(o) ?? 0;
  const parts = [`${n('pass')} pass`, `${n('fail')} fail`, `${n('known-failure')} known-failure`];
  if (n('fixed-known-failure')) parts.push(`${n('fixed-known-failure')} known-failure-now-passing`);
  return `  ${label.padEnd(12)} ${parts.join(', ')}`;
}
