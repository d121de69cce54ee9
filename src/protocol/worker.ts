/**
 * Messages between the extension host and the analysis worker (Node `worker_threads`). One
 * discriminated union per direction, used by both sides; everything is structured-clone safe.
 *
 *   host ──analyze{id, key, record}──▶ worker ──result{id} | failed{id}──▶ host
 *   host ──timeline | snapshot | find | findLine | inspect | objects {id, key, runId}──▶ worker ──answer{id} | noSession{id} | failed{id}──▶ host
 *   worker ──ready──▶ host          (once, after the engine bundle has loaded)
 *
 * The worker handles one message at a time (the engine is synchronous). An analysis runs the
 * engine's `analyze` (per-line attribution only) unless the host asks for the recording with it
 * (`record`: the document has the heap panel open or is being stepped); then it runs `panelSession`,
 * which records a seekable run (`PanelSession`, src/protocol/heap.ts) and gives the same result. The
 * worker keeps the newest analysis of each document key: its recording when it made one, else its
 * request, so that the first query about the run records it then (runs are reproducible: the same
 * source, version, filename and limits give the same run, except where a run is cut short by its time
 * limit), and that query's answer waits for the recording. `timeline` is the query to ask first
 * (stepping and the panel need it before any position). Recordings are kept for a few documents
 * (least recently used dropped, to be recorded again on the next query), requests for more. A query
 * names the run it is about (`runId` = the id of the analysis that produced it), so an answer never
 * describes a newer or older run than the caller holds. Cancelling a running request means terminating the worker (its runs go with it); the
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
  /** Record the run with the analysis (else it is recorded on the first query about it, if ever). */
  record: boolean;
}

/** Common part of the queries about a recorded run. */
interface SessionQueryBase {
  /** Host-chosen, unique per host lifetime; echoed in the reply. */
  id: number;
  key: string;
  /** Which run (the id of the analysis that recorded it). */
  runId: number;
}

/** The run's timeline (positions, memory over time, collections); recording the run first when it was not. */
export interface TimelineQuery extends SessionQueryBase {
  kind: 'timeline';
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

export type SessionQuery = TimelineQuery | SnapshotQuery | FindQuery | FindLineQuery | InspectQuery | ObjectsQuery;

/** What each query kind answers. */
export interface SessionAnswers {
  /** null: the run cannot be recorded (the engine failed while recording it; the worker logged why). */
  timeline: TimelineView | null;
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
  /** The run's timeline when it was recorded with the analysis (queries use `runId` = id); else null. */
  timeline: TimelineView | null;
  /**
   * Whether the run is recorded or can be on the first query (the engine has a recorder, and recording
   * this run did not fail); false: no stepping or panel for this run.
   */
  recordable: boolean;
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

/** The worker does not know that run (replaced by a newer run of the document, forgotten, or lost with a restarted worker). */
export interface NoSession {
  kind: 'noSession';
  id: number;
}

export type WorkerToHost = WorkerReady | AnalyzeReply | AnalyzeFailed | QueryAnswer | NoSession;
