/**
 * Fuzz harness shared by the fixed-seed batch (fuzz.test.ts), the regression tests and `npm run fuzz`
 * (cli.ts): making programs (generated or mutated), running them through the engine in worker threads
 * (the conformance EnginePool with the fuzz worker), running them on real CPython in batches, checking the
 * properties, minimising a failing program and saving it as a regression test.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { EnginePool } from '../conformance/pool';
import { findPython, pyenvRoot } from '../pyenv';
import { listCases, lastLine } from '../conformance/harness';
import type { FuzzJob, FuzzJobResult } from './worker';
import { generateProgram } from './generator';
import { mutateProgram } from './mutate';
import { Rng, programSeed } from './prng';

export const VERSIONS = ['3.11', '3.12', '3.13'] as const;
export type Version = (typeof VERSIONS)[number];

export const FUZZ_DIR = __dirname;
export const REGRESSIONS_DIR = path.join(FUZZ_DIR, 'regressions');
export const KNOWN_FAILURES_FILE = path.join(FUZZ_DIR, 'known-failures.json');
const BATCH_SCRIPT = path.join(FUZZ_DIR, 'cpython_batch.py');
/** The path programs run under (tracebacks show it; identical for the engine and CPython). */
export const FUZZ_FILENAME = '/fuzz/prog.py';

/** Per-program engine limits: generated programs stay far below them, mutated ones may loop forever. */
export const ENGINE_LIMITS = { maxSteps: 2_000_000, timeoutMs: 5_000 };
/** A program still running in engine code after this long is reported as a hang. */
const DEADLINE_MS = 30_000;

export type Property =
  | 'internal-error' // a JavaScript exception escaped (or the engine hung past the deadline)
  | 'js-leak' // a JavaScript message in what the program printed on stderr
  | 'not-python-error' // the run failed without a Python exception, a syntax error or a named limit
  | 'audit' // the heap audit found a refcount or allocator inconsistency
  | 'leak' // objects alive after shutdown that nothing frees
  | 'traced' // the traced path (traceProgram) disagrees with the plain run or fails its audit, or analyze() with it
  | 'differential'; // stdout, exit status or the error line differ from CPython

export interface FuzzCase {
  kind: 'generated' | 'mutated' | 'regression';
  seed: number;
  version: Version;
  source: string;
  /** where it came from: the mutated conformance case and the mutations; the regression file */
  origin: string;
  /** compare with CPython (valid generated programs and regressions of that kind) */
  differential: boolean;
  traced: boolean;
}

export interface Failure {
  property: Property;
  detail: string;
}

// ------------------------------------------------------------------ making programs

let corpus: { id: string; source: string }[] | null = null;
function conformanceCorpus(): { id: string; source: string }[] {
  if (corpus === null) corpus = listCases().filter((c) => c.stdin === '').map((c) => ({ id: c.id, source: c.source }));
  return corpus;
}

export interface BatchOptions {
  /** share of mutated conformance programs (the rest are generated) */
  mutatedShare?: number;
  /** share of programs also run through the traced path */
  tracedShare?: number;
  versions?: readonly Version[];
}

/** The i-th program of the batch with seed `batchSeed` (a pure function of both). */
export function makeCase(batchSeed: number, i: number, opts: BatchOptions = {}): FuzzCase {
  const seed = programSeed(batchSeed, i);
  const rng = new Rng(seed ^ 0x5bd1e995);
  const versions = opts.versions ?? VERSIONS;
  const version = versions[i % versions.length];
  const traced = rng.chance(opts.tracedShare ?? 0.1);
  if (rng.chance(opts.mutatedShare ?? 0.35)) {
    const cases = conformanceCorpus();
    const base = cases[rng.int(0, cases.length - 1)];
    const m = mutateProgram(base.source, seed);
    return { kind: 'mutated', seed, version, source: m.source, origin: `${base.id} (${m.ops.join(', ')})`, differential: false, traced };
  }
  return { kind: 'generated', seed, version, source: generateProgram(seed), origin: 'generator', differential: true, traced };
}

// ------------------------------------------------------------------ the engine

export function createPool(size?: number): EnginePool {
  return new EnginePool({ size, workerEntry: path.join(FUZZ_DIR, 'worker.ts') });
}

export async function runEngine(pool: EnginePool, c: FuzzCase): Promise<FuzzJobResult> {
  const job: FuzzJob = { source: c.source, version: c.version, filename: FUZZ_FILENAME, stdin: '', ...ENGINE_LIMITS, traced: c.traced };
  const r = (await pool.run(job, DEADLINE_MS)) as Partial<FuzzJobResult>;
  return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', exitCode: r.exitCode ?? -1, audit: r.audit ?? [], leaks: r.leaks ?? [], traced: r.traced, internalError: r.internalError };
}

/** JavaScript messages that must never reach the user (checked on stderr lines that are not source quotes). */
const JS_ISMS = [
  /heapscope internal error/,
  /Cannot (?:read|set) propert(?:y|ies) of/,
  /\bis not a function\b/,
  // JavaScript's "x is not iterable", not Python's "'int' object is not iterable" nor `in`'s "argument of
  // type 'int' is not iterable"
  /(?<!object|') is not iterable\b/,
  /Maximum call stack size exceeded/,
  /Invalid (?:array|string) length/,
  /\[object \w+\]/,
  /\bundefined\b/,
  // a JavaScript NaN, not Python's "cannot convert float NaN to integer"
  /(?<!float )\bNaN\b/,
  /^\s*at .+:\d+:\d+\)?$/,
  /\b(?:RangeError|InternalError)\b/,
  // JavaScript's ReferenceError, not Python's ("weakly-referenced object no longer exists")
  /\bReferenceError: (?:.* is not defined|Cannot access .* before initialization)/,
];

// the step and time limits ("stopped after ... (the step limit)") and the memory limit ("stopped when the
// program's heap reached ... (the memory limit, 512 MiB)")
const NAMED_LIMIT = /^heapscope: stopped (?:after|when) .* \(the \w+ limit[,)]/;
const PYTHON_ERROR_LINE = /^[A-Za-z_][\w.]*(?::(?: .*)?)?$/;
/** an uncaught exception group prints boxed sub-tracebacks, ending with a "+----" line */
// an uncaught exception group: its traceback box, or (when the group itself has no traceback, e.g. what an
// except* block re-raises) the box's first line naming the group
const EXCEPTION_GROUP = /^\s*\+ Exception Group Traceback \(most recent call last\):$|^ {2}\| \w*ExceptionGroup: /m;

/** Engine-level properties: hold for every program, valid or not. */
export function engineFailures(c: FuzzCase, r: FuzzJobResult): Failure[] {
  const out: Failure[] = [];
  if (r.internalError !== undefined) out.push({ property: 'internal-error', detail: r.internalError });
  const jsLines = (stderr: string) => stderr.split('\n').filter((l) => !/^\s/.test(l) && JS_ISMS.some((re) => re.test(l)));
  const bad = jsLines(r.stderr);
  if (bad.length) out.push({ property: 'js-leak', detail: `stderr shows a JavaScript error:\n${bad.slice(0, 3).join('\n')}` });
  if (r.internalError === undefined && r.exitCode !== 0) {
    const last = lastLine(r.stderr);
    // a traceback may end with notes (add_note) and SystemExit prints its message or nothing, so only a
    // failure with neither a traceback nor a possible sys.exit is suspect
    const explained = /^Traceback \(most recent call last\):$/m.test(r.stderr) || EXCEPTION_GROUP.test(r.stderr) || /\bexit\b|SystemExit/.test(c.source);
    if (!NAMED_LIMIT.test(last) && !PYTHON_ERROR_LINE.test(last) && !explained && !bad.length)
      out.push({ property: 'not-python-error', detail: `exit ${r.exitCode} without a Python exception or a named limit; stderr ends with ${JSON.stringify(last)}` });
  }
  if (r.audit.length) out.push({ property: 'audit', detail: r.audit.slice(0, 5).join('\n') });
  if (r.leaks.length) out.push({ property: 'leak', detail: r.leaks.join('\n') });
  if (c.traced && r.traced !== undefined && r.internalError === undefined) {
    const t = r.traced;
    const stopped = NAMED_LIMIT.test(lastLine(t.stderr)) || NAMED_LIMIT.test(lastLine(r.stderr));
    const problems: string[] = [];
    // the traced run skips finalization: what it printed is what the plain run printed before it
    if (!stopped && !r.stdout.startsWith(t.stdout)) problems.push(`stdout is not a prefix of the plain run's:\n${firstDifference(r.stdout, t.stdout)}`);
    if (!stopped && t.exitCode !== r.exitCode) problems.push(`exit status ${t.exitCode}, plain run ${r.exitCode}`);
    const tbad = jsLines(t.stderr);
    if (tbad.length) problems.push(`stderr shows a JavaScript error:\n${tbad.slice(0, 3).join('\n')}`);
    if (t.audit.length) problems.push(`audit: ${t.audit.slice(0, 5).join('\n')}`);
    if (t.attributionDiffers !== undefined) problems.push(`the attribution recorder differs: ${t.attributionDiffers}`);
    if (problems.length) out.push({ property: 'traced', detail: problems.join('\n') });
  }
  return out;
}

function firstDifference(a: string, b: string): string {
  const al = a.split('\n');
  const bl = b.split('\n');
  let i = 0;
  while (i < al.length && i < bl.length && al[i] === bl[i]) i++;
  return `  line ${i + 1}: expected ${JSON.stringify(al[i] ?? '<end>')}, got ${JSON.stringify(bl[i] ?? '<end>')}`;
}

// ------------------------------------------------------------------ CPython

export interface CPythonResult {
  stdout: string;
  stderr: string;
  exit: number;
}

let pythons: Map<Version, string | null> | null = null;
/** The newest installed pyenv interpreter for each version (null when absent), as test/stdlib finds them. */
export function findPythons(): Map<Version, string | null> {
  if (pythons !== null) return pythons;
  pythons = new Map();
  const root = pyenvRoot();
  for (const minor of VERSIONS) {
    const exe = findPython(root, minor);
    pythons.set(minor, exe);
  }
  return pythons;
}

/** Runs the programs on one CPython (one process; each program in a forked child). */
export function runCPythonBatch(exe: string, sources: string[]): Promise<CPythonResult[]> {
  return new Promise((resolve, reject) => {
    const p = spawn(exe, ['-B', '-s', BATCH_SCRIPT], { env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' }, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    p.stdout.on('data', (d: Buffer) => out.push(d));
    p.stderr.on('data', (d: Buffer) => err.push(d));
    p.on('error', reject);
    p.on('close', (code) => {
      const lines = Buffer.concat(out).toString('utf8').split('\n').filter((l) => l !== '');
      if (code !== 0 || lines.length !== sources.length)
        return reject(new Error(`CPython batch runner failed (exit ${code}, ${lines.length}/${sources.length} results): ${Buffer.concat(err).toString('utf8').slice(-2000)}`));
      resolve(lines.map((l) => JSON.parse(l) as CPythonResult));
    });
    for (const s of sources) p.stdin.write(JSON.stringify({ source: s, filename: FUZZ_FILENAME }) + '\n');
    p.stdin.end();
  });
}

/** Differential property: stdout, exit status and the last line of stderr (the exception) as CPython's. */
export function differentialFailures(r: FuzzJobResult, want: CPythonResult): Failure[] {
  if (r.internalError !== undefined || NAMED_LIMIT.test(lastLine(r.stderr))) return [];
  const problems: string[] = [];
  if (r.stdout !== want.stdout) problems.push(`stdout differs from CPython:\n${firstDifference(want.stdout, r.stdout)}`);
  if (r.exitCode !== want.exit) problems.push(`exit status ${r.exitCode}, CPython ${want.exit}`);
  const a = lastLine(r.stderr);
  const b = lastLine(want.stderr);
  if (a !== b) problems.push(`last line of stderr:\n  CPython:   ${JSON.stringify(b)}\n  heapscope: ${JSON.stringify(a)}`);
  return problems.length ? [{ property: 'differential', detail: problems.join('\n') }] : [];
}

// ------------------------------------------------------------------ checking a batch

export interface CaseOutcome {
  c: FuzzCase;
  failures: Failure[];
}

/**
 * Runs the cases through the engine (all in the pool at once) and, for the differential ones, through
 * CPython (one batch process per version, concurrently with the engine). `cpython` false skips CPython.
 */
export async function checkCases(pool: EnginePool, cases: FuzzCase[], cpython = true): Promise<CaseOutcome[]> {
  const engine = Promise.all(cases.map((c) => runEngine(pool, c)));
  const oracle = new Map<FuzzCase, CPythonResult>();
  const found = findPythons();
  const cpy = cpython
    ? Promise.all(
        VERSIONS.map(async (v) => {
          const exe = found.get(v);
          const mine = cases.filter((c) => c.differential && c.version === v);
          if (!exe || mine.length === 0) return;
          const res = await runCPythonBatch(exe, mine.map((c) => c.source));
          mine.forEach((c, i) => oracle.set(c, res[i]));
        }),
      )
    : Promise.resolve([]);
  const [results] = await Promise.all([engine, cpy]);
  // Every run is independent of what ran before it in the same worker (the engine keeps no per-run state
  // in module scope). A leak is run again: one that does not reproduce means state leaked between runs,
  // which is a bug of its own, so it is still reported, saying so.
  for (let i = 0; i < cases.length; i++) {
    if (results[i].leaks.length === 0) continue;
    const again = await runEngine(pool, cases[i]);
    if (again.leaks.length === 0) results[i].leaks = results[i].leaks.map((l) => `not reproduced by a second run (state kept across runs in the worker): ${l}`);
  }
  return cases.map((c, i) => {
    const failures = engineFailures(c, results[i]);
    const want = oracle.get(c);
    if (want !== undefined) failures.push(...differentialFailures(results[i], want));
    return { c, failures };
  });
}

// ------------------------------------------------------------------ minimising and saving

/**
 * Delta debugging by lines (ddmin): removes chunks of lines, halving the chunk size, while `stillFails`
 * holds. A removal that leaves a program of the same kind failing the same property is kept.
 */
export async function minimiseLines(source: string, stillFails: (s: string) => Promise<boolean>, budget = 300): Promise<string> {
  let lines = source.replace(/\n$/, '').split('\n');
  let chunk = Math.max(1, lines.length >> 1);
  let tries = 0;
  while (chunk >= 1 && tries < budget) {
    let removed = false;
    for (let start = 0; start < lines.length && tries < budget; ) {
      const candidate = [...lines.slice(0, start), ...lines.slice(start + chunk)];
      tries++;
      if (candidate.length > 0 && (await stillFails(candidate.join('\n') + '\n'))) {
        lines = candidate;
        removed = true;
      } else start += chunk;
    }
    if (!removed) chunk >>= 1;
  }
  return lines.join('\n') + '\n';
}

const HEADER = /^# fuzz regression: (.*)$/m;

export interface Regression {
  file: string;
  property: Property;
  kind: 'generated' | 'mutated';
  seed: number;
  version: Version;
  source: string;
}

/** Saves a failing program as test/fuzz/regressions/<property>-<seed>.py; returns its file name. */
export function saveRegression(c: FuzzCase, f: Failure, source: string): string {
  mkdirSync(REGRESSIONS_DIR, { recursive: true });
  const kind = c.kind === 'regression' ? 'generated' : c.kind;
  const file = `${f.property}-${c.seed}-${c.version}.py`;
  const detail = f.detail.split('\n').slice(0, 4).map((l) => `#   ${l}`).join('\n');
  const header =
    `# fuzz regression: property=${f.property} kind=${kind} seed=${c.seed} version=${c.version}\n` +
    `# from: ${c.origin}\n# problem when found:\n${detail}\n`;
  writeFileSync(path.join(REGRESSIONS_DIR, file), header + source);
  return file;
}

export function listRegressions(): Regression[] {
  if (!existsSync(REGRESSIONS_DIR)) return [];
  const out: Regression[] = [];
  for (const file of readdirSync(REGRESSIONS_DIR).sort()) {
    if (!file.endsWith('.py')) continue;
    const source = readFileSync(path.join(REGRESSIONS_DIR, file), 'utf8');
    const m = HEADER.exec(source);
    const fields = new Map((m?.[1] ?? '').split(' ').map((kv) => kv.split('=') as [string, string]));
    out.push({
      file,
      property: (fields.get('property') ?? 'internal-error') as Property,
      kind: fields.get('kind') === 'mutated' ? 'mutated' : 'generated',
      seed: Number(fields.get('seed') ?? 0),
      version: (VERSIONS as readonly string[]).includes(fields.get('version') ?? '') ? (fields.get('version') as Version) : '3.12',
      source,
    });
  }
  return out;
}

export function regressionCase(r: Regression): FuzzCase {
  return { kind: 'regression', seed: r.seed, version: r.version, source: r.source, origin: r.file, differential: r.kind === 'generated', traced: true };
}

export interface KnownFuzzFailure {
  reason: string;
}

/** test/fuzz/known-failures.json: regression file name → { reason }. */
export function readKnownFuzzFailures(): Map<string, KnownFuzzFailure> {
  const out = new Map<string, KnownFuzzFailure>();
  if (!existsSync(KNOWN_FAILURES_FILE)) return out;
  const raw = JSON.parse(readFileSync(KNOWN_FAILURES_FILE, 'utf8')) as Record<string, unknown>;
  for (const [k, v] of Object.entries(raw)) {
    if (k.startsWith('$')) continue;
    const reason = (v as { reason?: unknown })?.reason;
    out.set(k, { reason: typeof reason === 'string' ? reason : '' });
  }
  return out;
}
