/**
 * `heapscope` command line (bundled to dist/cli.js; bin/heapscope.js requires it).
 *
 * The main thread parses arguments, starts a worker thread (the engine bundle dist/cli-engine.js,
 * src/cli/engine-thread.ts, with a larger stack), reads the file and stdin while that thread starts, and
 * posts it the job: the worker decodes and runs the program in the engine. This bundle does not contain the
 * engine, so start-up does not load it twice.
 * The main thread keeps a wall-clock watchdog: the engine enforces --timeout itself, and the worker is
 * terminated if it has not answered by the time limit plus a grace period (a single long builtin operation).
 * bin/heapscope.js usually runs this CLI in another way: in a process started from a V8 startup snapshot
 * (src/cli/snapshot.ts, bin/snapshot.js) that runs the same main() with the engine on its main thread.
 * User programs never produce a JavaScript stack trace: engine crashes print
 * `heapscope: internal error: ...` and exit 70.
 */
import { isMainThread, Worker } from 'node:worker_threads';
import { existsSync, readFileSync, readSync, writeFileSync, fstatSync, statSync, type Stats } from 'node:fs';
import { isatty } from 'node:tty';
import { dirname, join, resolve } from 'node:path';
import { version as packageVersion } from '../../package.json';
import { HELP, USAGE, parseArgs, type CliOptions } from './args';
import type { JobRequest, JobResponse } from './job';
import type { EngineClosedPipeMessage, EngineJobMessage, EngineThreadData } from './engine-thread';
import { exitWhenFlushed } from './exit';
import { interleaveOutput } from '../protocol/analysis';
import { writeProgramOutput } from './output';

export const EXIT_OK = 0;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 70;

/** Worker thread stack: deep native recursion (repr of nested containers, compiler on deep ASTs). */
const STACK_SIZE_MB = 256;
/**
 * Worker thread young generation (V8 divides it into two 32 MB semi-spaces and a large-object space; Node's
 * default semi-space is 16 MB). More of a program's short-lived objects (a loop's lists, dicts and ints, with
 * the JS objects modelling them) then die before a scavenge instead of being copied and promoted: measured
 * -13% CPU on bench/programs/alloc_containers; 64 MB semi-spaces gained more there (-17%) but cost call-heavy
 * programs (fib_calls, mixed) 8%. bench/run.mjs runs its harness with the same size (--max-semi-space-size=32),
 * so the benchmark measures this setting.
 */
const YOUNG_GENERATION_MB = 96;
/** Extra time the engine gets past --timeout before the worker is terminated. */
export function graceMs(timeoutMs: number): number {
  return 2000 + Math.round(timeoutMs / 4);
}

function errnoText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'No such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'Permission denied';
    case 'EISDIR':
      return 'Is a directory';
    case 'ENOTDIR':
      return 'Not a directory';
    case 'ELOOP':
      return 'Too many levels of symbolic links';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

function readBytes(path: string): Uint8Array | string {
  try {
    if (fstatOrNull(path)?.isDirectory()) return 'Is a directory';
    return readFileSync(path);
  } catch (e) {
    return errnoText(e);
  }
}

function fstatOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** The program's stdin: --stdin-file, or piped stdin when the program can read it at all. */
function readStdin(opts: CliOptions, bytes: Uint8Array): string | { error: string } {
  if (opts.stdinFile !== null) {
    const b = readBytes(opts.stdinFile);
    if (typeof b === 'string') return { error: `cannot read '${opts.stdinFile}': ${b}` };
    return Buffer.from(b).toString('utf8');
  }
  // The engine takes stdin up front (it is synchronous). Reading it only when the program mentions
  // input/stdin avoids blocking on a pipe that is never closed (editors, task runners).
  if (!/\b(input|stdin)\b/.test(Buffer.from(bytes).toString('latin1'))) return '';
  try {
    if (isatty(0)) return '';
    const st = fstatSync(0);
    if (!st.isFIFO() && !st.isFile() && !st.isSocket()) return '';
    return readAllStdin();
  } catch {
    return '';
  }
}

/**
 * All of stdin up to its end. Not readFileSync(0): a pipe whose writer has not written yet fails with EAGAIN
 * when the descriptor is non-blocking (as Node makes it once process.stdin exists, or as a parent process
 * may pass it), and the program then saw an empty stdin. This waits for the data instead.
 */
function readAllStdin(): string {
  const chunks: Buffer[] = [];
  const buf = Buffer.allocUnsafe(1 << 16);
  let pause: Int32Array | null = null;
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EOF') break; // Windows: the pipe's writer closed it
      if (code !== 'EAGAIN') throw e;
      pause ??= new Int32Array(new SharedArrayBuffer(4));
      Atomics.wait(pause, 0, 0, 2); // sleep 2 ms, then read again
      continue;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks).toString('utf8');
}

function packageVersionText(): string {
  return `heapscope ${packageVersion} (CPython 3.11, 3.12, 3.13 memory models)`;
}

function usageError(message: string): number {
  process.stderr.write(`${USAGE}\nheapscope: error: ${message}\n`);
  return EXIT_USAGE;
}

export function internalError(message: string, stack?: string): number {
  guardPipes();
  process.stderr.write(
    `heapscope: internal error: ${message}\n` +
      'This is a bug in heapscope, not in your program; please report it with the file that triggers it.\n',
  );
  if (stack && process.env.HEAPSCOPE_DEBUG) process.stderr.write(stack + '\n');
  return EXIT_INTERNAL;
}

const ENGINE_INTERNAL = 'heapscope internal error: ';

/**
 * Write the program's output (what is left of it after the job: src/cli/job.ts) in the order it was written;
 * an engine crash reported inside stderr becomes exit 70.
 */
function emitProgramOutput(stdout: string, stderr: string, outputOrder: number[] | undefined, exitCode: number): number {
  const at = stderr.lastIndexOf(ENGINE_INTERNAL);
  const internal = exitCode !== 0 && at >= 0 && (at === 0 || stderr[at - 1] === '\n');
  if (!writeProgramOutput(interleaveOutput(stdout, internal ? stderr.slice(0, at) : stderr, outputOrder))) closedPipe();
  if (internal) {
    const rest = stderr.slice(at + ENGINE_INTERNAL.length);
    const nl = rest.indexOf('\n');
    const message = nl >= 0 ? rest.slice(0, nl) : rest;
    return internalError(message, nl >= 0 ? rest.slice(nl + 1).trimEnd() : undefined);
  }
  return exitCode;
}

/** bin/compile-cache.js's hook, when it loaded this bundle (the `heapscope` launcher does). */
interface CompileCacheHook {
  file: string;
  /** bin/compile-cache.js itself */
  loader?: string;
  save(): void;
  /** a bundle's source and code cache, read for a worker that runs it through the loader */
  codeMessage?(file: string): { message: unknown; transfer: ArrayBuffer[] };
}

function compileCacheHook(): CompileCacheHook | undefined {
  return (globalThis as Record<symbol, CompileCacheHook | undefined>)[Symbol.for('heapscope.compileCache')];
}

/** The engine bundle, built beside this one (esbuild.mjs). */
export const ENGINE_BUNDLE = 'cli-engine.js';

/**
 * How the worker starts: the engine bundle, through the same code-cache loader as this bundle when
 * bin/heapscope.js loaded it that way (`node compile-cache.js FILE` runs FILE as the thread's main module).
 * Then this thread reads the bundle and its code cache for the worker (`code`, posted first) while the
 * worker starts its Node.js environment.
 */
function workerEntry(): { file: string; argv: string[]; code?: () => { message: unknown; transfer: ArrayBuffer[] } } | null {
  const engine = join(dirname(__filename), ENGINE_BUNDLE);
  if (!existsSync(engine)) return null;
  const cache = compileCacheHook();
  if (cache?.file === __filename && cache.loader !== undefined && existsSync(cache.loader)) {
    const codeMessage = cache.codeMessage;
    return { file: cache.loader, argv: [engine], code: codeMessage && (() => codeMessage(engine)) };
  }
  return { file: engine, argv: [] };
}

export type WorkerOutcome = JobResponse | { kind: 'killed'; reason: 'time' | 'memory' } | { kind: 'error'; error: unknown };

/** The engine thread of one job: started before the job is known, given it with `run`. */
export interface EngineThread {
  /** Send the job; the promise settles with the engine's answer (or how the thread failed). */
  run(req: JobRequest): Promise<WorkerOutcome>;
  /** Stop the thread without a job (the file could not be read). */
  cancel(): void;
}

/**
 * Start the engine thread. It is started as soon as the arguments are known: starting a Node.js environment
 * and loading the engine bundle take most of `heapscope run`'s start-up, and they overlap reading the file
 * and stdin (the thread builds the interpreter's static types while it waits for the job).
 */
function startEngineThread(): EngineThread {
  const entry = workerEntry();
  if (entry === null) {
    const error = new Error(`the engine bundle ${ENGINE_BUNDLE} is missing next to ${__filename}; run the build (npm run build)`);
    return { run: () => Promise.resolve({ kind: 'error', error }), cancel: () => {} };
  }
  const data: EngineThreadData = { heapscopeCliThread: true, heapscopeCodeFromParent: entry.code !== undefined };
  const worker = new Worker(entry.file, {
    argv: entry.argv,
    workerData: data,
    resourceLimits: { stackSizeMb: STACK_SIZE_MB, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    stdout: false,
    stderr: false,
  });
  if (entry.code !== undefined) {
    const { message, transfer } = entry.code();
    worker.postMessage(message, transfer);
  }
  let settled = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let done: (r: WorkerOutcome) => void = () => {};
  // events before run() (the thread failed to start) are kept for it
  let early: WorkerOutcome | null = null;
  const finish = (r: WorkerOutcome): void => {
    if (settled) return;
    settled = true;
    if (timer) clearTimeout(timer);
    early = r;
    done(r);
    void worker.terminate();
  };
  worker.on('message', (m: JobResponse | EngineClosedPipeMessage) => {
    if ('heapscopeCliClosedPipe' in m) closedPipe();
    else finish(m);
  });
  worker.on('error', (e: unknown) => {
    const code = (e as { code?: string } | null)?.code;
    if (code === 'ERR_WORKER_OUT_OF_MEMORY') finish({ kind: 'killed', reason: 'memory' });
    else finish({ kind: 'error', error: e });
  });
  worker.on('exit', (code) => finish({ kind: 'error', error: new Error(`the engine thread exited unexpectedly (code ${code})`) }));
  return {
    run(req) {
      return new Promise((resolve) => {
        if (early !== null) return resolve(early);
        done = resolve;
        // the watchdog counts from the job, as the engine's own --timeout does
        const timeoutMs = req.timeoutMs;
        if (timeoutMs > 0) timer = setTimeout(() => finish({ kind: 'killed', reason: 'time' }), timeoutMs + graceMs(timeoutMs));
        const job: EngineJobMessage = { heapscopeCliJob: req };
        worker.postMessage(job);
      });
    },
    cancel() {
      settled = true;
      void worker.terminate();
    },
  };
}

let pipesGuarded = false;

/** stdout or stderr is a closed pipe: the output ends quietly, as CPython's does. */
export function closedPipe(): never {
  process.exit(process.exitCode ?? 0);
}

/**
 * A closed pipe (`heapscope run x.py | head`) ends the output quietly, as CPython does. Installed before the
 * first write, and for a job only once the engine thread is starting: setting up stdout and stderr takes a few
 * milliseconds that then overlap with the worker's start-up.
 */
function guardPipes(): void {
  if (pipesGuarded) return;
  pipesGuarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') closedPipe();
      throw e;
    });
  }
}

/**
 * The CLI. `startEngine` gives the engine of a job: by default a worker thread; the snapshot's process
 * (src/cli/snapshot.ts) runs it on the main thread instead.
 */
export async function main(argv: readonly string[], startEngine: () => EngineThread = startEngineThread): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind !== 'options') guardPipes();
  switch (parsed.kind) {
    case 'help':
      process.stdout.write(HELP + '\n');
      return EXIT_OK;
    case 'version':
      process.stdout.write(packageVersionText() + '\n');
      return EXIT_OK;
    case 'error':
      return usageError(parsed.message);
  }
  const opts = parsed.options;
  const engine = startEngine();
  const bytes = readBytes(opts.file);
  if (typeof bytes === 'string') {
    engine.cancel();
    guardPipes();
    process.stderr.write(`heapscope: cannot read '${opts.file}': ${bytes}\n`);
    return EXIT_USAGE;
  }
  const stdin = readStdin(opts, bytes);
  if (typeof stdin !== 'string') {
    engine.cancel();
    guardPipes();
    process.stderr.write(`heapscope: ${stdin.error}\n`);
    return EXIT_USAGE;
  }
  const timeoutMs = Math.round(opts.timeoutS * 1000);
  const req: JobRequest = {
    command: opts.command,
    bytes,
    // CPython shows the absolute path of the script in tracebacks and __file__
    filename: resolve(opts.file),
    version: opts.version,
    stdin,
    maxSteps: Number.isFinite(opts.maxSteps) ? opts.maxSteps : null,
    timeoutMs,
    maxHeapBytes: Math.round(opts.maxHeapMb * 1024 * 1024),
    json: opts.json,
  };
  const pending = engine.run(req);
  guardPipes();
  const r = await pending;
  // this bundle's functions are compiled now: write its code cache if its loader keeps one (bin/compile-cache.js;
  // bin/heapscope.js loads this bundle without one)
  compileCacheHook()?.save();
  switch (r.kind) {
    case 'run':
      return emitProgramOutput(r.stdout, r.stderr, r.outputOrder, r.exitCode);
    case 'annotate-text':
      return emitProgramOutput(r.text + r.stdout, r.stderr, undefined, r.exitCode);
    case 'analysis':
      process.stdout.write(JSON.stringify(r.result, null, 2) + '\n');
      return r.result.exitCode;
    case 'report':
      try {
        writeFileSync(opts.output as string, r.html);
      } catch (e) {
        process.stderr.write(`heapscope: cannot write '${opts.output}': ${errnoText(e)}\n`);
        return EXIT_USAGE;
      }
      emitProgramOutput(r.stdout, r.stderr, r.outputOrder, r.exitCode);
      process.stderr.write(`heapscope: wrote ${opts.output}\n`);
      return r.exitCode;
    case 'unavailable':
      process.stderr.write(`heapscope: '${r.what}' is not available yet in this build of the engine\n`);
      return EXIT_USAGE;
    case 'crash':
      return internalError(r.message, r.stack);
    case 'killed':
      if (r.reason === 'memory') {
        process.stderr.write('heapscope: stopped: the engine ran out of memory (its JavaScript heap)\n');
        return 1;
      }
      process.stderr.write(
        `heapscope: stopped after ${opts.timeoutS} s (the time limit) inside a long-running operation; ` +
          'output not yet shown is lost; raise it with --timeout\n',
      );
      return 1;
    case 'error': {
      const e = r.error;
      return internalError(e instanceof Error ? e.message : String(e), e instanceof Error ? e.stack : undefined);
    }
  }
}

if (isMainThread && typeof require !== 'undefined' && require.main !== undefined) {
  main(process.argv.slice(2)).then(
    (code) => exitWhenFlushed(code),
    (e: unknown) => exitWhenFlushed(internalError(e instanceof Error ? e.message : String(e), e instanceof Error ? e.stack : undefined)),
  );
}
