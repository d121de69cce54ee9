/**
 * The analysis worker (Node `worker_threads`, bundled to dist/worker.js). It owns one engine and runs
 * one request at a time; the host cancels a request by terminating the worker.
 *
 * Until the engine exports `analyze` (per-line attribution), results are built from `runSource`:
 * output, exit code and the error parsed from the traceback, with no per-line stats.
 */
import { parentPort } from 'node:worker_threads';
import * as engine from '../../src/engine/index';
import type { AnalysisResult, AnalyzeFunction, AnalyzeOptions } from '../../src/protocol/analysis';
import { emptyTotals } from '../../src/protocol/analysis';
import type { AnalyzeRequest, HostToWorker, WorkerToHost } from '../../src/protocol/worker';
import { parseTraceback } from './traceback';

type EngineModule = typeof engine;

/**
 * The engine. Test seam: HEAPSCOPE_ENGINE_OVERRIDE names a CommonJS module with the same exports
 * (the real-VS-Code suite uses one that adds synthetic per-line stats, to test the painting).
 */
function loadEngine(): EngineModule {
  const override = process.env.HEAPSCOPE_ENGINE_OVERRIDE;
  // A run-time path, so a plain require (the bundle is CommonJS), not an import esbuild would resolve.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return override ? (require(override) as EngineModule) : engine;
}
const activeEngine = loadEngine();

/** The engine's `analyze` when it exists (looked up by name so this compiles before it does). */
function findAnalyze(): AnalyzeFunction | undefined {
  const exported: Record<string, unknown> = activeEngine;
  const candidate = exported['analyze'];
  return typeof candidate === 'function' ? (candidate as AnalyzeFunction) : undefined;
}

/** `analyze` defaults to the engine's; pass null to force the runSource fallback (engines without analyze). */
export async function handle(
  request: AnalyzeRequest,
  analyze: AnalyzeFunction | null | undefined = findAnalyze(),
): Promise<AnalysisResult> {
  const options: AnalyzeOptions = {
    version: request.version,
    filename: request.filename,
    maxSteps: request.limits.maxSteps,
    timeoutMs: request.limits.timeoutMs,
  };
  const started = performance.now();
  if (analyze) {
    const result = await analyze(request.source, options);
    return { ...result, engineMs: result.engineMs || Math.round(performance.now() - started) };
  }
  const run = activeEngine.runSource(request.source, options);
  return {
    version: request.version,
    stdout: run.stdout,
    stderr: run.stderr,
    exitCode: run.exitCode,
    error: run.exitCode === 0 ? null : parseTraceback(run.stderr, request.source, request.filename),
    lines: [],
    totals: emptyTotals(),
    engineMs: Math.round(performance.now() - started),
  };
}

function post(message: WorkerToHost): void {
  parentPort?.postMessage(message);
}

if (parentPort) {
  parentPort.on('message', (message: HostToWorker) => {
    switch (message.kind) {
      case 'analyze':
        handle(message).then(
          (result) => post({ kind: 'result', id: message.id, result }),
          (err: unknown) =>
            post({
              kind: 'failed',
              id: message.id,
              message: err instanceof Error ? err.message : String(err),
              stack: err instanceof Error ? err.stack : undefined,
            }),
        );
        break;
    }
  });
  post({ kind: 'ready', engine: findAnalyze() ? 'analyze' : 'runSource' });
}
