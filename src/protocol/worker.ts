/**
 * Messages between the extension host and the analysis worker (Node `worker_threads`). One
 * discriminated union per direction, used by both sides; everything is structured-clone safe.
 *
 *   host ──analyze{id, key}──▶ worker ──result{id} | failed{id}──▶ host
 *   host ──snapshot | find | findLine | inspect | objects {id, key, runId}──▶ worker ──answer{id} | failed{id}──▶ host
 *   worker ──ready──▶ host          (once, after the engine bundle has loaded)
 *
 * The worker handles one message at a time (the engine is synchronous). An analysis records a
 * seekable run (`PanelSession`, src/protocol/heap.ts) when the engine can; the worker keeps the
 * session of the newest analysis of each document key (a few documents, least recently used
 * dropped) and answers queries about it. A query names the run it is about (`runId` = the id of the
 * analysis that produced it), so an answer never describes a newer or older run than the caller
 * holds. Cancelling a running request means terminating the worker (its sessions go with it); the
 * host does that and starts a fresh one.
 */
import type { AnalysisLimits, AnalysisResult, PythonVersion } from './analysis';
import type { ObjectDetail, ObjectPage, ObjectQuery, Snapshot, StepKind, TimelineView } from './heap';

export interface AnalyzeRequest {
  kind: 'analyze';
  /** Host-chosen, unique per host lifetime; echoed in the reply; names the recorded run. */
  id: number;
  /** The document; the worker keeps the newest recorded run per key. */
  key: string;
  source: string;
  version: PythonVersion;
  /** Path shown in tracebacks and `__file__`. */
  filename: string;
  limits: AnalysisLimits;
}

/** Common part of the queries about a recorded run. */
interface SessionQueryBase {
  /** Host-chosen, unique per host lifetime; echoed in the reply. */
  id: number;
  key: string;
  /** Which run (the id of the analysis that recorded it). */
  runId: number;
}

export interface SnapshotQuery extends SessionQueryBase {
  kind: 'snapshot';
  position: number;
}

export interface FindQuery extends SessionQueryBase {
  kind: 'find';
  from: number;
  what: StepKind;
  dir: 1 | -1;
}

export interface FindLineQuery extends SessionQueryBase {
  kind: 'findLine';
  from: number;
  line: number;
  dir: 1 | -1;
}

export interface InspectQuery extends SessionQueryBase {
  kind: 'inspect';
  position: number;
  objectId: number;
}

/** A page of the objects table at a position, or objects looked up by id (`PanelSession.objects`). */
export interface ObjectsQuery extends SessionQueryBase {
  kind: 'objects';
  position: number;
  query: ObjectQuery;
}

export type SessionQuery = SnapshotQuery | FindQuery | FindLineQuery | InspectQuery | ObjectsQuery;

/** What each query kind answers. */
export interface SessionAnswers {
  snapshot: Snapshot;
  find: number | null;
  findLine: number | null;
  inspect: ObjectDetail | null;
  objects: ObjectPage;
}

export type HostToWorker = AnalyzeRequest | SessionQuery;

export interface WorkerReady {
  kind: 'ready';
  /** Whether the engine exports `analyze` (per-line attribution) or only `runSource`. */
  engine: 'analyze' | 'runSource';
  /** Whether the engine records seekable runs (`panelSession`). */
  sessions: boolean;
}

export interface AnalyzeReply {
  kind: 'result';
  id: number;
  result: AnalysisResult;
  /** The recorded run's timeline when the worker kept a session for it (queries use `runId` = id); else null. */
  timeline: TimelineView | null;
}

/** The engine itself failed (a bug in heapscope, not in the user's program). */
export interface AnalyzeFailed {
  kind: 'failed';
  id: number;
  message: string;
  stack?: string;
}

/** The answer to a `SessionQuery`. */
export type QueryAnswer = { [K in SessionQuery['kind']]: { kind: 'answer'; id: number; query: K; answer: SessionAnswers[K] } }[SessionQuery['kind']];

/** The worker holds no recording of that run (never recorded, replaced by a newer run, or evicted). */
export interface NoSession {
  kind: 'noSession';
  id: number;
}

export type WorkerToHost = WorkerReady | AnalyzeReply | AnalyzeFailed | QueryAnswer | NoSession;
