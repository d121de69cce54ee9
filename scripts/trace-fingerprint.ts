/**
 * Fingerprint of everything the trace recorder produces, to check that a change of the recorder leaves
 * what users see unchanged (issue #8). Bundle it like dev-run and run it on the old and the new tree:
 *
 *   npx esbuild scripts/trace-fingerprint.ts --bundle --platform=node --outfile=/tmp/fp.cjs --tsconfig=tsconfig.json
 *   node --stack-size=4000 /tmp/fp.cjs [--raw] [--versions 3.11,3.12,3.13] [--max-steps N] FILE.py... > out.txt
 *
 * One line per program × version: `file version A=… P=… S=… [R=…]`, each a hash of
 *   A  the analyze() result without timings (lines, totals, refChanges, error, output, liveByType, outside,
 *      event count and window);
 *   P  the panel session: the run (timeline included, engineMs left out), snapshots and the first objects
 *      page at ~10 positions, find (every kind, both directions) and findLine answers from them;
 *   S  Trace.seek states at ~10 steps of the window;
 *   R  (--raw) every event word, chunk boundary and checkpoint — meaningful only while the format is unchanged.
 * Compare outputs with diff. Run the same list in the same order on both sides: a BIND record of an object
 * the recorder does not trace carries an address that may differ after other programs ran in the process.
 *
 * `--light`: instead, check that analyze()'s attribution recorder (attributeProgram, light.ts) gives the
 * result traceProgram gives, minus timings and the recording's own facts: one line per program × version,
 * `file version same` or `file version DIFF path: light ≠ traced` (the first difference).
 */
import { createHash, type Hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { attributeProgram, traceProgram } from '../src/engine/trace/analyze';
import { panelSession } from '../src/engine/trace/panel';
import type { PythonVersion } from '../src/protocol/analysis';
import type { StepKind } from '../src/protocol/heap';

const SAMPLES = 10;

/** Feed a value into a hash: typed arrays by their bytes, Maps and Sets in iteration order, objects by key order. */
function feed(h: Hash, v: unknown): void {
  if (v === null || v === undefined || typeof v !== 'object') {
    h.update(`${typeof v}:${String(v)};`);
    return;
  }
  if (ArrayBuffer.isView(v)) {
    h.update(`${v.constructor.name}[${v.byteLength}]`);
    h.update(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
    return;
  }
  if (Array.isArray(v)) {
    h.update(`[${v.length}`);
    for (const x of v) feed(h, x);
    h.update(']');
    return;
  }
  if (v instanceof Map) {
    h.update(`M${v.size}`);
    for (const [k, x] of v) {
      feed(h, k);
      feed(h, x);
    }
    return;
  }
  if (v instanceof Set) {
    h.update(`S${v.size}`);
    for (const x of v) feed(h, x);
    return;
  }
  h.update('{');
  for (const k of Object.keys(v)) {
    h.update(`${k}:`);
    feed(h, (v as Record<string, unknown>)[k]);
  }
  h.update('}');
}

function hashOf(...vs: unknown[]): string {
  const h = createHash('sha1');
  for (const v of vs) feed(h, v);
  return h.digest('hex').slice(0, 16);
}

/** ~SAMPLES evenly spread integers of lo..hi, both ends included. */
function spread(lo: number, hi: number): number[] {
  const out = new Set<number>();
  for (let i = 0; i < SAMPLES; i++) out.add(Math.round(lo + ((hi - lo) * i) / (SAMPLES - 1)));
  return [...out];
}

function fingerprint(file: string, version: PythonVersion, maxSteps: number, raw: boolean): string {
  const source = readFileSync(file, 'utf8');
  const options = { version, filename: file, maxSteps, timeoutMs: 0 };
  const parts: string[] = [];

  const run = traceProgram(source, options);
  const { engineMs: _ms, extra, ...result } = run.result;
  const { traceBytes: _bytes, ...extraSeen } = extra;
  parts.push(`A=${hashOf(result, extraSeen)}`);
  const w = run.trace.window;
  const seeks = spread(w.firstStep, w.lastStep).map((s) => run.trace.seek(s));
  if (raw) {
    const log = run.recorder.log;
    const h = createHash('sha1');
    for (const c of log.chunks) {
      const used = c === log.cur ? log.n : c.used;
      feed(h, [c.firstStep, c.firstEvent, c.events, used]);
      feed(h, c.words.subarray(0, used));
      feed(h, c.checkpoint);
    }
    parts.push(`R=${h.digest('hex').slice(0, 16)}`);
  }
  parts.push(`S=${hashOf(seeks)}`);

  const session = panelSession(source, options);
  const { result: panelResult, ...runRest } = session.run;
  const { engineMs: _ms2, ...panelSeen } = panelResult;
  const h = createHash('sha1');
  feed(h, [panelSeen, runRest]);
  const tl = session.run.timeline;
  const kinds: StepKind[] = ['line', 'alloc', 'free', 'gc'];
  for (const p of spread(tl.window.first, tl.window.last)) {
    const snap = session.snapshot(p);
    feed(h, snap);
    feed(h, session.objects(p, { sort: 'line', descending: false, filter: '', offset: 0, limit: 200 }));
    for (const k of kinds) feed(h, [session.find(p, k, 1), session.find(p, k, -1)]);
    const line = snap.current?.line ?? 1;
    feed(h, [session.findLine(p, line, 1), session.findLine(p, line, -1)]);
  }
  parts.push(`P=${h.digest('hex').slice(0, 16)}`);
  return parts.join(' ');
}

/** The first path where `a` and `b` differ (plain data: arrays, objects, primitives), or null. */
function firstDiff(a: unknown, b: unknown, path: string): string | null {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return null;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) {
    return `${path}: ${JSON.stringify(a)} \u2260 ${JSON.stringify(b)}`;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.join() !== kb.join()) return `${path}: keys ${ka.join()} \u2260 ${kb.join()}`;
  for (const k of ka) {
    const d = firstDiff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d !== null) return d;
  }
  return null;
}

function lightCheck(file: string, version: PythonVersion, maxSteps: number): string {
  const source = readFileSync(file, 'utf8');
  const options = { version, filename: file, maxSteps, timeoutMs: 0 };
  const { engineMs: _ms, ...light } = attributeProgram(source, options).result;
  const { engineMs: _ms2, extra, ...traced } = traceProgram(source, options).result;
  const { events: _e, traceBytes: _b, window: _w, refcountsExactUntil: _r, ...attribution } = extra;
  const d = firstDiff(light, { ...traced, extra: attribution }, 'result');
  return d === null ? 'same' : `DIFF ${d}`;
}

function main(): void {
  const args = process.argv.slice(2);
  let raw = false;
  let light = false;
  let versions: PythonVersion[] = ['3.11', '3.12', '3.13'];
  let maxSteps = 10_000_000;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--raw') raw = true;
    else if (args[i] === '--light') light = true;
    else if (args[i] === '--versions') versions = args[++i].split(',') as PythonVersion[];
    else if (args[i] === '--max-steps') maxSteps = Number(args[++i]);
    else files.push(args[i]);
  }
  for (const file of files) {
    for (const v of versions) {
      let line: string;
      try {
        line = light ? lightCheck(file, v, maxSteps) : fingerprint(file, v, maxSteps, raw);
      } catch (e) {
        line = `THREW ${e instanceof Error ? e.message : String(e)}`;
      }
      process.stdout.write(`${file} ${v} ${line}\n`);
    }
  }
}

main();
