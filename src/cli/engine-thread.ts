/**
 * The CLI's engine thread (bundled to dist/cli-engine.js): the worker that src/cli/main.ts starts for each
 * job. It is a bundle of its own so the main thread, which only parses arguments, reads the file and
 * waits, never loads (reads, compiles, deserializes the code cache of) the engine: that was a third of the
 * start-up of `heapscope run`. The worker is started through bin/compile-cache.js when the CLI was launched
 * by bin/heapscope.js, so this bundle is loaded with its own V8 code cache.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { resolve } from 'node:path';
import { runJob, type JobRequest, type JobResponse } from './job';

/** What main.ts passes as workerData. */
export interface EngineThreadData {
  heapscopeCliJob: JobRequest;
}

function isJob(data: unknown): data is EngineThreadData {
  return typeof data === 'object' && data !== null && 'heapscopeCliJob' in data;
}

async function engineMain(req: JobRequest): Promise<void> {
  let response: JobResponse;
  try {
    // Test seam (as in extension/worker): HEAPSCOPE_ENGINE_OVERRIDE names a CommonJS module with the
    // engine's exports, e.g. one that provides `analyze` / `report` or crashes on purpose.
    const override = process.env.HEAPSCOPE_ENGINE_OVERRIDE;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    response = await runJob(req, override ? (require(resolve(override)) as object) : undefined);
  } catch (e) {
    response = { kind: 'crash', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e), stack: e instanceof Error ? e.stack : undefined };
  }
  // the engine's functions are compiled now: write the code cache if it was missing (bin/compile-cache.js)
  (globalThis as Record<symbol, { save(): void } | undefined>)[Symbol.for('heapscope.compileCache')]?.save();
  parentPort?.postMessage(response);
}

if (parentPort !== null && isJob(workerData)) void engineMain(workerData.heapscopeCliJob);
