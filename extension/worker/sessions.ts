/**
 * The runs the analysis worker keeps: for each document, its newest analysis (the request) and, once
 * made, its recording. A query about a run that has no recording records it first (`record`, the
 * engine's `panelSession`: runs are reproducible, so it is the run the analysis measured); a run whose
 * recording was dropped to make room is recorded again the same way. Recordings can take tens of MiB:
 * a few documents keep one (least recently used dropped first); requests are small and more are kept.
 * Pure: no worker or `vscode` import, unit-tested on its own.
 */
import type { PanelSession } from '../../src/protocol/heap';
import type { AnalyzeRequest, SessionQuery, WorkerToHost } from '../../src/protocol/worker';

/** How many documents keep a recorded run. */
export const MAX_SESSIONS = 4;
/** How many documents keep their newest analysis's request (to record it when asked). */
export const MAX_RUNS = 32;

/** Records the run of an analysis request; throws when the engine fails. */
export type Recorder = (request: AnalyzeRequest) => PanelSession;

export interface SessionStoreOptions {
  /** Documents keeping a recording (default `MAX_SESSIONS`). */
  capacity?: number;
  /** Documents keeping their request (default `MAX_RUNS`). */
  runs?: number;
  /** Records a run on demand; without it, only runs recorded with their analysis can be queried. */
  record?: Recorder;
  /** Told why a recording on demand failed (the run then answers as not recordable). */
  onError?: (err: unknown) => void;
}

interface Held {
  request: AnalyzeRequest;
  session: PanelSession | null;
  /** Recording this run failed: it is not tried again. */
  failed: boolean;
}

export class SessionStore {
  /** Insertion order = recency order (oldest first). */
  private readonly byKey = new Map<string, Held>();
  private readonly capacity: number;
  private readonly runs: number;

  constructor(private readonly options: SessionStoreOptions = {}) {
    this.capacity = options.capacity ?? MAX_SESSIONS;
    this.runs = Math.max(this.capacity, options.runs ?? MAX_RUNS);
  }

  /** Documents whose newest run is kept (recorded or not). */
  get size(): number {
    return this.byKey.size;
  }

  /** Documents whose newest run is recorded now. */
  get recordings(): number {
    let n = 0;
    for (const held of this.byKey.values()) if (held.session) n++;
    return n;
  }

  /**
   * Keeps a document's newest analysis (replacing its older run): `session` when the run was recorded
   * with it, null when it was not (recorded on the first query), `failed` when recording it failed.
   */
  put(request: AnalyzeRequest, session: PanelSession | null, failed = false): void {
    this.byKey.delete(request.key);
    this.byKey.set(request.key, { request, session, failed });
    this.evict();
  }

  /** Forgets a document's run. */
  drop(key: string): void {
    this.byKey.delete(key);
  }

  /** The recording of that run if it is held now (never records), marking the document as recently used. */
  get(key: string, runId: number): PanelSession | undefined {
    return this.touch(key, runId)?.session ?? undefined;
  }

  /**
   * Answers a query, recording the run first when it has no recording; `noSession` when the run is not
   * kept. Engine errors in the query itself propagate (the caller reports them).
   */
  answer(query: SessionQuery): WorkerToHost {
    const held = this.touch(query.key, query.runId);
    if (!held) return { kind: 'noSession', id: query.id };
    const session = this.recorded(held);
    if (query.kind === 'timeline') return { kind: 'answer', id: query.id, query: 'timeline', answer: session ? session.run.timeline : null };
    if (!session) return { kind: 'failed', id: query.id, message: 'this run could not be recorded' };
    switch (query.kind) {
      case 'snapshot':
        return { kind: 'answer', id: query.id, query: 'snapshot', answer: session.snapshot(query.position) };
      case 'find':
        return { kind: 'answer', id: query.id, query: 'find', answer: session.find(query.from, query.what, query.dir) };
      case 'findLine':
        return { kind: 'answer', id: query.id, query: 'findLine', answer: session.findLine(query.from, query.line, query.dir) };
      case 'inspect':
        return { kind: 'answer', id: query.id, query: 'inspect', answer: session.inspect(query.position, query.objectId) };
      case 'objects':
        return { kind: 'answer', id: query.id, query: 'objects', answer: session.objects(query.position, query.query) };
    }
  }

  /** The held run if it is that one, moved to the most recently used end. */
  private touch(key: string, runId: number): Held | undefined {
    const held = this.byKey.get(key);
    if (!held || held.request.id !== runId) return undefined;
    this.byKey.delete(key);
    this.byKey.set(key, held);
    return held;
  }

  /** The run's recording, made now when it has none; null when it cannot be had. */
  private recorded(held: Held): PanelSession | null {
    const record = this.options.record;
    if (held.session || held.failed || !record) return held.session;
    try {
      held.session = record(held.request);
    } catch (err) {
      held.failed = true;
      this.options.onError?.(err);
      return null;
    }
    this.evict();
    return held.session;
  }

  /**
   * Drops the least recently used recordings beyond `capacity` (their requests stay, to be recorded
   * again, unless there is no recorder), then requests beyond `runs`.
   */
  private evict(): void {
    let excess = this.recordings - this.capacity;
    for (const [key, held] of this.byKey) {
      if (excess <= 0) break;
      if (!held.session) continue;
      if (this.options.record) held.session = null;
      else this.byKey.delete(key);
      excess--;
    }
    while (this.byKey.size > this.runs) this.byKey.delete(this.byKey.keys().next().value as string);
  }
}
