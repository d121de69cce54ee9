/**
 * The recorded runs the analysis worker keeps: the newest run of each document, for a few documents
 * (least recently used dropped first: a recording can take tens of MiB). Pure: no worker or
 * `vscode` import, unit-tested on its own.
 */
import type { PanelSession } from '../../src/protocol/heap';
import type { SessionQuery, WorkerToHost } from '../../src/protocol/worker';

/** How many documents keep a recorded run. */
export const MAX_SESSIONS = 4;

interface Held {
  runId: number;
  session: PanelSession;
}

export class SessionStore {
  /** Insertion order = recency order (oldest first). */
  private readonly byKey = new Map<string, Held>();

  constructor(private readonly capacity = MAX_SESSIONS) {}

  get size(): number {
    return this.byKey.size;
  }

  /** Keeps `session` as the document's newest run (replacing its older one), evicting the least recently used. */
  put(key: string, runId: number, session: PanelSession): void {
    this.byKey.delete(key);
    this.byKey.set(key, { runId, session });
    while (this.byKey.size > this.capacity) {
      const oldest = this.byKey.keys().next().value as string;
      this.byKey.delete(oldest);
    }
  }

  /** Forgets a document's run (its newest analysis recorded nothing). */
  drop(key: string): void {
    this.byKey.delete(key);
  }

  /** The session of that run, marking the document as recently used; undefined when it is not held. */
  get(key: string, runId: number): PanelSession | undefined {
    const held = this.byKey.get(key);
    if (!held || held.runId !== runId) return undefined;
    this.byKey.delete(key);
    this.byKey.set(key, held);
    return held.session;
  }

  /** Answers a query; `noSession` when the run is not held. Engine errors propagate (the caller reports them). */
  answer(query: SessionQuery): WorkerToHost {
    const session = this.get(query.key, query.runId);
    if (!session) return { kind: 'noSession', id: query.id };
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
}
