/**
 * The analysis worker (Node `worker_threads`, bundled to dist/worker.js). It owns one engine and
 * handles one message at a time; the host cancels a request by terminating the worker.
 *
 * An analysis runs the engine's `analyze` (per-line attribution: annotations, hovers, diagnostics,
 * the status bar) unless the host asks for the recording (`record`: the heap panel or stepping needs
 * it now); then it runs `panelSession`, one run giving both the same `AnalysisResult` and the seekable
 * recording. The `SessionStore` keeps the newest analysis of each document and records it on the
 * first query about it when it was not recorded (src/protocol/worker.ts). If recording fails (an
 * engine bug), an analysis is repeated without it so annotations still appear. Without `analyze`,
 * `panelSession` serves every analysis; without either, `runSource` (output, exit code and the error
 * parsed from the traceback, nothing to step through).
 */
import { parentPort } from 'node:worker_threads';
import * as engine from '../../src/engine/index';
import type { AnalysisResult, AnalyzeFunction, AnalyzeOptions } from '../../src/protocol/analysis';
import { emptyTotals } from '../../src/protocol/analysis';
import type { PanelSession } from '../../src/protocol/heap';
import type { AnalyzeRequest, HostToWorker, WorkerToHost } from '../../src/protocol/worker';
import { SessionStore } from './sessions';
import { parseTraceback } from './traceback';
import { installStdlibStore } from '../../src/cli/stdlib-store';

type EngineModule = typeof engine;
/** The engine's recorder entry point (src/engine/trace/panel.ts). */
export type PanelSessionFunction = (source: string, options: AnalyzeOptions & { recorder?: { budgetBytes?: number } }) => PanelSession;

/**
 * Memory a recording may take (events and checkpoints) before its oldest part is dropped (the panel
 * then says the window is truncated). The worker keeps up to `MAX_SESSIONS` of them.
 */
export const RECORDING_BUDGET_BYTES = 64 * 1024 * 1024;

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

/** An engine export by name, when it is a function (an override module may lack some). */
function exported<F>(name: string): F | undefined {
  const all: Record<string, unknown> = activeEngine;
  const candidate = all[name];
  return typeof candidate === 'function' ? (candidate as F) : undefined;
}

/** The engine entry points an analysis may use (test seam: `respond` takes fakes). */
export interface WorkerEngine {
  analyze?: AnalyzeFunction;
  panelSession?: PanelSessionFunction;
}

const loadedEngine: WorkerEngine = {
  analyze: exported<AnalyzeFunction>('analyze'),
  panelSession: exported<PanelSessionFunction>('panelSession'),
};

function optionsOf(request: AnalyzeRequest): AnalyzeOptions {
  return {
    version: request.version,
    filename: request.filename,
    maxSteps: request.limits.maxSteps,
    timeoutMs: request.limits.timeoutMs,
  };
}

/** `analyze` defaults to the engine's; pass null to force the runSource fallback (engines without analyze). */
export async function handle(
  request: AnalyzeRequest,
  analyze: AnalyzeFunction | null | undefined = loadedEngine.analyze,
): Promise<AnalysisResult> {
  const options = optionsOf(request);
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
    outputOrder: run.outputOrder,
    exitCode: run.exitCode,
    error: run.exitCode === 0 ? null : parseTraceback(run.stderr, request.source, request.filename),
    lines: [],
    totals: emptyTotals(),
    engineMs: Math.round(performance.now() - started),
  };
}

/** Records the run of `request` (throws when the engine fails). */
export function recordRun(request: AnalyzeRequest, panelSession: PanelSessionFunction): PanelSession {
  return panelSession(request.source, { ...optionsOf(request), recorder: { budgetBytes: RECORDING_BUDGET_BYTES } });
}

export interface Recorded {
  result: AnalysisResult;
  session: PanelSession | null;
}

/**
 * Runs one analysis, recording it when `panelSession` is available. If recording fails (an engine
 * bug), the run is repeated without it so annotations still appear; the error is passed to `onError`.
 */
export async function record(
  request: AnalyzeRequest,
  panelSession: PanelSessionFunction | null | undefined = loadedEngine.panelSession,
  analyze: AnalyzeFunction | null | undefined = loadedEngine.analyze,
  onError: (err: unknown) => void = () => undefined,
): Promise<Recorded> {
  if (panelSession) {
    const started = performance.now();
    try {
      const session = recordRun(request, panelSession);
      const result = session.run.result;
      return { result: { ...result, engineMs: result.engineMs || Math.round(performance.now() - started) }, session };
    } catch (err) {
      onError(err);
    }
  }
  return { result: await handle(request, analyze), session: null };
}

function logRecordingError(err: unknown): void {
  console.error(`heapscope worker: recording failed: ${err instanceof Error ? err.stack : String(err)}`);
}

/** The worker's store of runs, recording on demand with `engine.panelSession`. */
export function sessionStore(engine: WorkerEngine = loadedEngine): SessionStore {
  const panelSession = engine.panelSession;
  return new SessionStore({ record: panelSession && ((request) => recordRun(request, panelSession)), onError: logRecordingError });
}

/**
 * Handles one message; the reply to post. Never throws. An analysis records the run when the host
 * asks for it (or when the engine has no `analyze`); otherwise it keeps the request for a later query.
 */
export async function respond(message: HostToWorker, sessions: SessionStore, engine: WorkerEngine = loadedEngine): Promise<WorkerToHost> {
  try {
    if (message.kind !== 'analyze') return sessions.answer(message);
    if (!engine.panelSession) {
      sessions.drop(message.key);
      return { kind: 'result', id: message.id, result: await handle(message, engine.analyze), timeline: null, recordable: false };
    }
    if (message.record || !engine.analyze) {
      const { result, session } = await record(message, engine.panelSession, engine.analyze, logRecordingError);
      sessions.put(message, session, !session);
      return { kind: 'result', id: message.id, result, timeline: session ? session.run.timeline : null, recordable: !!session };
    }
    const result = await handle(message, engine.analyze);
    sessions.put(message, null);
    return { kind: 'result', id: message.id, result, timeline: null, recordable: true };
  } catch (err) {
    return {
      kind: 'failed',
      id: message.id,
      message: err instanceof Error ? err.message : String(err),
      stack: err instanceof Error ? err.stack : undefined,
    };
  }
}

if (parentPort) {
  const port = parentPort;
  // the compiled stdlib beside this bundle (dist/), for the engine this bundle holds
  if (!process.env.HEAPSCOPE_ENGINE_OVERRIDE) installStdlibStore(__dirname);
  const sessions = sessionStore();
  // Messages are handled strictly in arrival order (an async analyze must not let a query overtake it).
  let queue = Promise.resolve();
  port.on('message', (message: HostToWorker) => {
    queue = queue.then(async () => port.postMessage(await respond(message, sessions)));
  });
  port.postMessage({
    kind: 'ready',
    engine: loadedEngine.analyze ? 'analyze' : 'runSource',
    sessions: loadedEngine.panelSession !== undefined,
  } satisfies WorkerToHost);
}
