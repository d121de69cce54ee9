/**
 * `npm run fuzz -- --minutes N [--seed S] [--version 3.12] [--workers K] [--batch B] [--no-cpython]`
 *
 * Runs batches of generated and mutated programs until the time is up, with a random seed per batch unless
 * --seed is given (then batches are S, S+1, ...). Prints progress (programs/s, failures by property). Each
 * failing program is minimised (delta debugging by lines, keeping the same failing property) and saved
 * under test/fuzz/regressions/ with its seed and the property it broke; `npm test` runs those files.
 * Bundled and started by scripts/fuzz.mjs.
 */
import {
  VERSIONS, checkCases, createPool, makeCase, minimiseLines, saveRegression, engineFailures, runEngine,
  differentialFailures, findPythons, runCPythonBatch, type CPythonResult, type FuzzCase, type Failure, type Version,
} from './harness';
import { lastLine } from '../conformance/harness';
import type { EnginePool } from '../conformance/pool';

/** Candidate programs tried while minimising one failure (each is an engine run, plus CPython for a difference). */
const MINIMISE_BUDGET = 60;

interface Args {
  minutes: number;
  seed: number | null;
  versions: Version[];
  workers: number | undefined;
  batch: number;
  cpython: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { minutes: 1, seed: null, versions: [...VERSIONS], workers: undefined, batch: 200, cpython: true };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i + 1];
    switch (argv[i]) {
      case '--minutes':
        a.minutes = Number(v);
        i++;
        break;
      case '--seed':
        a.seed = Number(v) >>> 0;
        i++;
        break;
      case '--version':
        if (!(VERSIONS as readonly string[]).includes(v)) throw new Error(`--version must be one of ${VERSIONS.join(', ')}`);
        a.versions = [v as Version];
        i++;
        break;
      case '--workers':
        a.workers = Number(v);
        i++;
        break;
      case '--batch':
        a.batch = Number(v);
        i++;
        break;
      case '--no-cpython':
        a.cpython = false;
        break;
      default:
        throw new Error(`unknown argument ${argv[i]} (usage: npm run fuzz -- --minutes N [--seed S] [--version 3.12] [--workers K] [--batch B] [--no-cpython])`);
    }
  }
  if (!(a.minutes > 0)) throw new Error('--minutes must be a positive number');
  return a;
}

/** What must stay the same while minimising: the property and, for a difference, which outputs differ. */
function signature(f: Failure): string {
  if (f.property !== 'differential') return f.property;
  return ['stdout', 'exit status', 'last line of stderr'].filter((w) => f.detail.includes(w)).join('+');
}

/**
 * Does `source`, run like `c`, still fail the same way? For a difference with CPython, CPython must also
 * still end the same way (same exit status and error line), so the program does not turn into another one.
 */
async function stillFails(pool: EnginePool, c: FuzzCase, f: Failure, oracle: CPythonResult | null, source: string): Promise<boolean> {
  const candidate: FuzzCase = { ...c, source };
  const r = await runEngine(pool, candidate);
  const want = signature(f);
  if (f.property !== 'differential') return engineFailures(candidate, r).some((x) => signature(x) === want);
  const exe = findPythons().get(c.version);
  if (!exe || oracle === null) return false;
  const [cp] = await runCPythonBatch(exe, [source]);
  if (cp.exit !== oracle.exit || lastLine(cp.stderr) !== lastLine(oracle.stderr)) return false;
  // the generator never prints an address; a removal that makes CPython print one (a class's __repr__
  // dropped) trades the problem for a run-dependent difference
  if (/ at 0x[0-9a-f]+>/.test(cp.stdout) && !/ at 0x[0-9a-f]+>/.test(oracle.stdout)) return false;
  return differentialFailures(r, cp).some((x) => signature(x) === want);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const found = findPythons();
  const missing = args.versions.filter((v) => !found.get(v));
  if (args.cpython && missing.length) console.log(`no pyenv CPython for ${missing.join(', ')}: differential checks skipped for it`);
  const pool = createPool(args.workers);
  const endAt = Date.now() + args.minutes * 60_000;
  const started = Date.now();
  let programs = 0;
  let batchNo = 0;
  const byProperty = new Map<string, number>();
  const saved: string[] = [];
  /** one regression per (property, first line of the problem): the same bug is found many times */
  const seenProblems = new Set<string>();
  try {
    while (Date.now() < endAt) {
      const batchSeed = args.seed !== null ? (args.seed + batchNo) >>> 0 : (Math.random() * 2 ** 32) >>> 0;
      batchNo++;
      const cases = Array.from({ length: args.batch }, (_, i) => makeCase(batchSeed, i, { versions: args.versions }));
      const outcomes = await checkCases(pool, cases, args.cpython);
      programs += cases.length;
      for (const { c, failures } of outcomes) {
        for (const f of failures) {
          byProperty.set(f.property, (byProperty.get(f.property) ?? 0) + 1);
          const key = `${f.property}:${f.detail.split('\n').slice(0, 2).join(' ')}`;
          if (seenProblems.has(key)) continue;
          seenProblems.add(key);
          let oracle: CPythonResult | null = null;
          if (f.property === 'differential') {
            const exe = found.get(c.version);
            oracle = exe ? (await runCPythonBatch(exe, [c.source]))[0] : null;
          }
          const small = await minimiseLines(c.source, (s) => stillFails(pool, c, f, oracle, s), MINIMISE_BUDGET);
          const file = saveRegression(c, f, small);
          saved.push(file);
          console.log(`FAIL ${f.property} [${c.version}] seed ${c.seed} (${c.kind}, ${c.origin}) -> test/fuzz/regressions/${file}\n  ${f.detail.split('\n').slice(0, 6).join('\n  ')}`);
        }
      }
      const secs = (Date.now() - started) / 1000;
      const fails = [...byProperty].map(([p, n]) => `${p} ${n}`).join(', ') || 'none';
      console.log(`batch ${batchNo} seed ${batchSeed}: ${programs} programs in ${secs.toFixed(0)} s (${(programs / secs).toFixed(1)} programs/s), failures: ${fails}`);
    }
  } finally {
    await pool.close();
  }
  const secs = (Date.now() - started) / 1000;
  console.log(`\nfuzz done: ${programs} programs in ${(secs / 60).toFixed(1)} min (${(programs / secs).toFixed(1)} programs/s); ` +
    `failing programs: ${[...byProperty.values()].reduce((a, b) => a + b, 0)}; distinct problems saved: ${saved.length}`);
  for (const f of saved) console.log(`  test/fuzz/regressions/${f}`);
  process.exitCode = saved.length ? 1 : 0;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 2;
});
