/**
 * Benchmark harness (bundled by bench/run.mjs to a temporary CommonJS file): runs one program in the
 * engine in-process, like `heapscope run` minus the worker thread, and writes statistics as JSON.
 *
 *   node --stack-size=4000 harness.cjs FILE VERSION run|trace|record|live STATS.json [REPEATS]
 *
 * or from a V8 startup snapshot of it, as `heapscope run` starts (bench/run.mjs builds it with
 * `node FLAGS --snapshot-blob harness.blob --build-snapshot harness.cjs`):
 *
 *   node FLAGS --snapshot-blob harness.blob -- FILE VERSION MODE STATS.json [REPEATS]
 *
 * `run` = tracing off (runProgram, the path of `heapscope run`); `trace` = the engine's per-line
 * attribution (`analyze`, feature-detected; exit 3 when the engine does not export it yet: the
 * annotations' run, no step-through recording); `record` = the step-through recording the heap panel and
 * stepping query (`traceProgram`, what `panelSession` records), with the event log's size; `live` = what
 * the extension's worker does after each edit (`respond()` of extension/worker/worker.ts to an analysis
 * the host does not want recorded: the annotations' run), REPEATS times in this one process like the long-lived worker;
 * the stats then hold every run's engine time (`liveMs`), the first one cold.
 * The program's stdout/stderr are written to this process's stdout/stderr.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startupSnapshot } from 'node:v8';
import * as engine from '../src/engine/index';
import { decodeSource, formatSyntaxError } from '../src/engine/parser/index';
import { runProgram } from '../src/engine/vm/interp';
import { respond, sessionStore } from '../extension/worker/worker';
import { warmUp } from '../src/cli/warm-up';
import { exitWhenFlushed } from '../src/cli/exit';

interface Stats {
  exitCode: number;
  steps: number | null;
  engineMs: number;
  /** mode `record`: events recorded and the bytes their words took (checkpoints not included) */
  trace?: { events: number; eventBytes: number };
  /** mode `live`: the engine time of each repetition, in order */
  liveMs?: number[];
  maxRssKb: number;
  /** user + system CPU time of this process, seconds */
  cpuS?: number;
  unavailable?: string;
}

async function main(args: string[]): Promise<number> {
  const [file, version = '3.12', mode = 'run', statsFile] = args;
  const filename = resolve(file);
  const version_ = version as engine.PythonVersion;
  const decoded = decodeSource(readFileSync(file), filename);
  const write = (s: Stats): void => {
    if (statsFile) writeFileSync(statsFile, JSON.stringify(s));
  };
  if (!decoded.ok) {
    process.stderr.write(formatSyntaxError(decoded.error, version_));
    write({ exitCode: 1, steps: 0, engineMs: 0, maxRssKb: process.resourceUsage().maxRSS });
    return 1;
  }
  const options = { version: version_, filename, maxSteps: Infinity, timeoutMs: 0 };
  if (mode === 'live') {
    const repeats = Math.max(1, Number(args[4] ?? '5'));
    const liveMs: number[] = [];
    const sessions = sessionStore();
    let exit = 1;
    for (let i = 0; i < repeats; i++) {
      const t = performance.now();
      const reply = await respond(
        { kind: 'analyze', id: i, key: filename, source: decoded.text, version: version_, filename, limits: { maxSteps: 10_000_000, timeoutMs: 0 }, record: false },
        sessions,
      );
      liveMs.push(performance.now() - t);
      exit = reply.kind === 'result' ? reply.result.exitCode : 1;
    }
    const ru = process.resourceUsage();
    write({ exitCode: exit, steps: null, engineMs: liveMs[0], liveMs, maxRssKb: ru.maxRSS, cpuS: (ru.userCPUTime + ru.systemCPUTime) / 1e6 });
    return 0;
  }
  const t0 = performance.now();
  let stdout: string;
  let stderr: string;
  let exitCode: number;
  let steps: number | null;
  let trace: Stats['trace'];
  if (mode === 'record') {
    const run = engine.traceProgram(decoded.text, options);
    ({ stdout, stderr, exitCode } = run.result);
    steps = run.result.totals.steps ?? null;
    const log = run.recorder.log;
    trace = { events: log.totalEvents, eventBytes: log.totalWordsWritten * 4 };
  } else if (mode === 'trace') {
    const r = engine.analyze(decoded.text, options);
    ({ stdout, stderr, exitCode } = r);
    steps = r.totals.steps ?? null;
  } else {
    const r = runProgram(decoded.text, options);
    ({ stdout, stderr, exitCode } = r);
    steps = r.runtime.steps;
  }
  const engineMs = performance.now() - t0;
  // as the CLI's worker after its job: write the V8 code cache when it was missing (bin/compile-cache.js)
  (globalThis as Record<symbol, { save(): void } | undefined>)[Symbol.for('heapscope.compileCache')]?.save();
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  const ru = process.resourceUsage();
  write({ exitCode, steps, engineMs, trace, maxRssKb: ru.maxRSS, cpuS: (ru.userCPUTime + ru.systemCPUTime) / 1e6 });
  return exitCode;
}

function start(args: string[]): void {
  // (ends as the CLI does: src/cli/exit.ts)
  main(args).then(
    (code) => exitWhenFlushed(code),
    (e: unknown) => {
      process.stderr.write(`heapscope: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      exitWhenFlushed(70);
    },
  );
}

// Built into a V8 startup snapshot (bench/run.mjs), the harness starts as `heapscope run` does (src/cli/snapshot.ts):
// the engine loaded, its static types built and its common paths compiled; the arguments follow `--`.
if (startupSnapshot.isBuildingSnapshot()) {
  engine.prepareEngine();
  warmUp();
  startupSnapshot.setDeserializeMainFunction(() => start(process.argv.slice(1)));
} else {
  start(process.argv.slice(2));
}
