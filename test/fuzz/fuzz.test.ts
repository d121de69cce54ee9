/**
 * Fuzzing in the test suite (see test/fuzz/README.md):
 *   - a fixed-seed batch of generated and mutated programs, every engine property checked for each, and
 *     the generated ones compared with real CPython when pyenv has it (one batch process per version);
 *   - every saved regression (test/fuzz/regressions/*.py) must pass, except those listed in
 *     known-failures.json, which must still fail (so a fix is noticed and the entry removed).
 * `npm run fuzz -- --minutes N` runs the same checks on random seeds and adds regressions.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  VERSIONS, checkCases, createPool, engineFailures, findPythons, listRegressions, makeCase, readKnownFuzzFailures, regressionCase, runEngine,
  type CaseOutcome,
} from './harness';
import { generateProgram } from './generator';
import { mutateProgram } from './mutate';

/**
 * Size of the fixed batch and its seed (changing either changes the programs; both are deterministic).
 * About 100 s of CPU time (engine and CPython together), so within a minute on two idle cores.
 */
const BATCH_SIZE = 2000;
const BATCH_SEED = 20261121;

const pool = createPool();
afterAll(() => pool.close());

function report(outcomes: CaseOutcome[]): string[] {
  const lines: string[] = [];
  for (const { c, failures } of outcomes) {
    for (const f of failures) {
      const where = c.kind === 'regression' ? `test/fuzz/regressions/${c.origin}` : `${c.kind} program seed ${c.seed} (${c.origin}; makeCase(${BATCH_SEED}, i) rebuilds it)`;
      lines.push(`${f.property} [${c.version}] ${where}:\n  ${f.detail.split('\n').slice(0, 8).join('\n  ')}`);
    }
  }
  return lines;
}

describe('fuzz: program makers', () => {
  it('generates the same program for the same seed, and different ones for different seeds', () => {
    expect(generateProgram(42)).toBe(generateProgram(42));
    expect(generateProgram(42)).not.toBe(generateProgram(43));
    expect(mutateProgram('x = 1\nprint(x)\n', 7)).toEqual(mutateProgram('x = 1\nprint(x)\n', 7));
  });

  it('covers the grammar it promises', () => {
    const text = Array.from({ length: 200 }, (_, i) => generateProgram(1000 + i)).join('\n');
    for (const construct of ['__del__', '__slots__', 'class C', '(C', 'metaclass=M', 'nonlocal', 'lambda', 'yield from', 'yield ', 'raise ', ' from ', 'finally:', 'with ', 'del ', 'gc.collect()', 'sys.getrefcount(', 'sys.getsizeof(', 'id(', ' is ', 'weakref.ref(', ' for x in ', '.append(', 'while ', 'break', '__enter__']) {
      expect(text, construct).toContain(construct);
    }
  });
});

describe('fuzz: what counts as a JavaScript error on stderr', () => {
  const c = { kind: 'mutated' as const, seed: 1, version: '3.12' as const, source: '', origin: 'test', differential: false, traced: false };
  const on = (stderr: string) =>
    engineFailures(c, { stdout: '', stderr, exitCode: 1, audit: [], leaks: [] }).map((f) => f.property);
  it("flags JavaScript's errors but not Python exceptions of similar names", () => {
    expect(on('ReferenceError: foo is not defined\n')).toContain('js-leak');
    expect(on('RangeError: Invalid array length\n')).toContain('js-leak');
    expect(on('Traceback (most recent call last):\n  File "p.py", line 3, in <module>\nReferenceError: weakly-referenced object no longer exists\n')).not.toContain('js-leak');
    expect(on('Traceback (most recent call last):\n  File "p.py", line 1, in <module>\nNameError: name \'foo\' is not defined\n')).not.toContain('js-leak');
  });
});

describe('fuzz: fixed-seed batch', () => {
  const pythons = findPythons();
  const missing = VERSIONS.filter((v) => !pythons.get(v));
  it(`${BATCH_SIZE} programs keep every property${missing.length ? ` (no pyenv CPython ${missing.join(', ')}: not compared with it)` : ', generated ones match CPython'}`, async () => {
    const cases = Array.from({ length: BATCH_SIZE }, (_, i) => makeCase(BATCH_SEED, i));
    const started = Date.now();
    const outcomes = await checkCases(pool, cases);
    // a batch program saved as a known-failure regression (same seed, version and property) is expected to fail
    const known = readKnownFuzzFailures();
    const knownInBatch = new Set(listRegressions().filter((r) => known.has(r.file)).map((r) => `${r.seed}:${r.version}:${r.property}`));
    for (const o of outcomes) o.failures = o.failures.filter((f) => !knownInBatch.has(`${o.c.seed}:${o.c.version}:${f.property}`));
    const generated = cases.filter((c) => c.kind === 'generated').length;
    console.log(
      `fuzz batch: ${cases.length} programs (${generated} generated, ${cases.length - generated} mutated, ` +
        `${cases.filter((c) => c.traced).length} also traced) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(report(outcomes)).toEqual([]);
  }, 600_000);
});

describe('fuzz: independent runs', () => {
  it('a program prints and leaves the same whatever ran before it in the worker', async () => {
    // 40 batch programs, then the same ones in reverse order: each run starts from a fresh interpreter, so
    // ids, sizes, refcounts and the leak check must not depend on the programs a worker ran earlier
    const cases = Array.from({ length: 40 }, (_, i) => makeCase(BATCH_SEED + 1, i));
    type Result = Awaited<ReturnType<typeof runEngine>>;
    const key = (r: Result) => JSON.stringify([r.stdout, r.stderr, r.exitCode, r.leaks, r.audit]);
    // (a run the wall-clock time limit stopped, on a loaded machine, is not comparable)
    const stopped = (r: Result) => /^heapscope: stopped after .* \(the time limit\)/m.test(r.stderr);
    const first = await Promise.all(cases.map((c) => runEngine(pool, c)));
    const again: Result[] = [];
    for (const c of [...cases].reverse()) again.unshift(await runEngine(pool, c));
    const differing = cases
      .filter((_, i) => key(first[i]) !== key(again[i]) && !stopped(first[i]) && !stopped(again[i]))
      .map((c) => `${c.kind} seed ${c.seed} [${c.version}] ${c.origin}`);
    expect(differing).toEqual([]);
  }, 300_000);
});

describe('fuzz: regressions', () => {
  const regressions = listRegressions();
  const known = readKnownFuzzFailures();
  it('known-failures.json names existing regressions, each with a reason', () => {
    const files = new Set(regressions.map((r) => r.file));
    for (const [file, k] of known) {
      expect(files.has(file), `${file} is listed in test/fuzz/known-failures.json but test/fuzz/regressions/${file} does not exist`).toBe(true);
      expect(k.reason.trim(), `${file}: give a reason`).not.toBe('');
    }
  });
  for (const r of regressions) {
    const isKnown = known.has(r.file);
    it(`${r.file}${isKnown ? ' (known failure: still fails)' : ''}`, async () => {
      const [outcome] = await checkCases(pool, [regressionCase(r)]);
      const problems = report([outcome]);
      if (isKnown) {
        // a known failure is tied to the property it broke (differential ones need CPython to show)
        if (r.property === 'differential' && !findPythons().get(r.version)) {
          // without that CPython only the engine-level properties can be checked
          expect(outcome.failures.filter((f) => f.property !== 'differential').map((f) => f.property)).toEqual([]);
        } else {
          expect(outcome.failures.map((f) => f.property), `${r.file} passes now: remove it from test/fuzz/known-failures.json`).toContain(r.property);
        }
      } else expect(problems).toEqual([]);
    }, 120_000);
  }
});
