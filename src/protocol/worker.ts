/**
 * Messages between the extension host and the analysis worker (Node `worker_threads`). One
 * discriminated union per direction, used by both sides; everything is structured-clone safe.
 *
 *   host ──analyze{id}──▶ worker ──result{id} | failed{id}──▶ host
 *   worker ──ready──▶ host          (once, after the engine bundle has loaded)
 *
 * The worker handles one request at a time. Cancelling a running request means terminating the
 * worker (the engine is synchronous); the host does that and starts a fresh one.
 */
import type { AnalysisLimits, AnalysisResult, PythonVersion } from './analysis';

export interface AnalyzeRequest {
  kind: 'analyze';
  /** Host-chosen, unique per worker lifetime; echoed in the reply. */
  id: number;
  source: string;
  version: PythonVersion;
  /** Path shown in tracebacks and `__file__`. */
  filename: string;
  limits: AnalysisLimits;
}

export type HostToWorker = AnalyzeRequest;

export interface WorkerReady {
  kind: 'ready';
  /** Whether the engine exports `analyze` (per-line attribution) or only `runSource`. */
  engine: 'analyze' | 'runSource';
}

export interface AnalyzeReply {
  kind: 'result';
  id: number;
  result: AnalysisResult;
}

/** The engine itself failed (a bug in heapscope, not in the user's program). */
export interface AnalyzeFailed {
  kind: 'failed';
  id: number;
  message: string;
  stack?: string;
}

export type WorkerToHost = WorkerReady | AnalyzeReply | AnalyzeFailed;
