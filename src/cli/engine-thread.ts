/**
 * The CLI's engine thread (bundled to dist/cli-engine.js): the worker that src/cli/main.ts starts for each
 * job. It is a bundle of its own so the main thread, which only parses arguments, reads the file and
 * waits, never loads (reads, compiles, deserializes the code cache of) the engine: that was a third of the
 * start-up of `heapscope run`. The worker is started through bin/compile-cache.js when the CLI was launched
 * by bin/heapscope.js, so this bundle is loaded with its own V8 code cache.
 *
 * The main thread starts this thread before it reads the file, then posts the job (`EngineJobMessage`). The
 * program's output is written from this thread while it runs (src/cli/output.ts).
 * The job has usually arrived by the time this bundle is loaded; when it has not (stdin still being read),
 * the thread builds the interpreter's static types meanwhile, which every job needs first.
 */
import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { resolve } from 'node:path';
import { runJob, type JobRequest, type JobResponse } from './job';
import { prepareEngine } from '../engine/index';
import { installStdlibStore } from './stdlib-store';
import { ProgramOutput } from './output';

/** What main.ts passes as workerData. */
export interface EngineThreadData {
  heapscopeCliThread: true;
  /** bin/compile-cache.js (this thread's entry) gets this bundle's code as the first message */
  heapscopeCodeFromParent: boolean;
}

/** The message main.ts posts once it has read the file and stdin. */
export interface EngineJobMessage {
  heapscopeCliJob: JobRequest;
}

/**
 * Posted while the job runs when the program's stdout or stderr is a closed pipe (src/cli/output.ts): the main
 * thread then ends the CLI quietly, as it does when its own write finds the pipe closed.
 */
export interface EngineClosedPipeMessage {
  heapscopeCliClosedPipe: true;
}

function isEngineThread(data: unknown): data is EngineThreadData {
  return typeof data === 'object' && data !== null && 'heapscopeCliThread' in data;
}

function isJob(m: unknown): m is EngineJobMessage {
  return typeof m === 'object' && m !== null && 'heapscopeCliJob' in m;
}

async function engineMain(port: MessagePort, req: JobRequest): Promise<void> {
  let response: JobResponse;
  try {
    // Test seam (as in extension/worker): HEAPSCOPE_ENGINE_OVERRIDE names a CommonJS module with the
    // engine's exports, e.g. one that provides `analyze` / `report` or crashes on purpose.
    const override = process.env.HEAPSCOPE_ENGINE_OVERRIDE;
    const closed: EngineClosedPipeMessage = { heapscopeCliClosedPipe: true };
    const output = new ProgramOutput(() => port.postMessage(closed));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    response = await runJob(req, override ? (require(resolve(override)) as object) : undefined, output);
  } catch (e) {
    response = { kind: 'crash', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e), stack: e instanceof Error ? e.stack : undefined };
  }
  // the engine's functions are compiled now: write the code cache if it was missing (bin/compile-cache.js)
  (globalThis as Record<symbol, { save(): void } | undefined>)[Symbol.for('heapscope.compileCache')]?.save();
  port.postMessage(response);
}

function engineThread(port: MessagePort): void {
  // the compiled stdlib beside this bundle (dist/)
  installStdlibStore(__dirname);
  const queued: unknown = receiveMessageOnPort(port)?.message;
  if (isJob(queued)) {
    void engineMain(port, queued.heapscopeCliJob);
    return;
  }
  if (!process.env.HEAPSCOPE_ENGINE_OVERRIDE) prepareEngine();
  const onMessage = (m: unknown): void => {
    if (!isJob(m)) return;
    port.off('message', onMessage);
    void engineMain(port, m.heapscopeCliJob);
  };
  port.on('message', onMessage);
}

if (parentPort !== null && isEngineThread(workerData)) engineThread(parentPort);
