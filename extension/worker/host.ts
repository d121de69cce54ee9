/**
 * Runs analyses in a worker thread so the extension host never blocks. No `vscode` import: the host
 * is plain Node and is unit-tested on its own.
 *
 * Scheduling, per document key:
 *   - newest wins: a request replaces the document's queued request (the replaced one settles as
 *     `superseded`); a request for a document whose older request is *running* cancels that run
 *     when it has already taken longer than `supersedeAfterMs` (terminating the worker), else lets
 *     it finish and reports it `superseded`;
 *   - one run at a time, documents served in request order;
 *   - a run that exceeds its time limit plus `graceMs` is hung: the worker is terminated and
 *     restarted, the run settles as `timeout`, and `onNotice` tells the user.
 * `analyze()` never rejects.
 *
 * A job's `record` asks for the step-through recording with the analysis (the heap panel or stepping
 * needs it now); a request that replaces a queued one keeps its `record`. Otherwise the worker runs
 * the light analysis and records the run on the first query about it.
 *
 * Queries about a run (`query()`: timeline, snapshot, find, findLine, inspect, objects) go straight
 * to the worker, behind whatever it is doing; they settle `noSession` when the worker no longer knows
 * that run (replaced by a newer analysis, forgotten, or lost with a restarted worker). A query that
 * takes longer than `queryTimeoutMs`, plus what the analysis running ahead of it may still take, plus
 * the run's own time limit (the worker may have to record the run first), restarts the worker.
 * `query()` never rejects either.
 */
import { Worker } from 'node:worker_threads';
import type { AnalysisLimits, AnalysisResult, PythonVersion } from '../../src/protocol/analysis';
import type { TimelineView } from '../../src/protocol/heap';
import type { AnalyzeRequest, SessionAnswers, SessionQuery, WorkerReady, WorkerToHost } from '../../src/protocol/worker';

export interface AnalysisJob {
  /** Identifies the document; newest request per key wins. */
  key: string;
  source: string;
  version: PythonVersion;
  filename: string;
  limits: AnalysisLimits;
  /** Record the run with the analysis (default: on the first query about it). */
  record?: boolean;
}

export type AnalysisOutcome =
  /**
   * `runId` names the run for `query()`; `timeline` is its timeline when it was recorded with the
   * analysis, else null; `recordable`: whether it is recorded or can be on a query (else no stepping).
   */
  | { kind: 'done'; result: AnalysisResult; runId: number; timeline: TimelineView | null; recordable: boolean }
  | { kind: 'superseded' }
  | { kind: 'cancelled' }
  | { kind: 'timeout'; afterMs: number }
  | { kind: 'failed'; message: string };

export interface HostOptions {
  /** Absolute path of the bundled worker (dist/worker.js). */
  workerPath: string;
  /** Extra wall-clock time past `limits.timeoutMs` before a run counts as hung. */
  graceMs?: number;
  /** A superseded run older than this is cancelled rather than awaited. */
  supersedeAfterMs?: number;
  /** A query taking longer than this (plus its run's time limit) restarts the worker (default 20 s). */
  queryTimeoutMs?: number;
  /** User-facing notices: worker restarts, engine failures. */
  onNotice?: (message: string) => void;
}

interface Pending {
  job: AnalysisJob;
  settle: (outcome: AnalysisOutcome) => void;
}

/** A query without its `id` (the host assigns it). */
export type QueryRequest = SessionQuery extends infer Q ? (Q extends SessionQuery ? Omit<Q, 'id'> : never) : never;

export type QueryOutcome<K extends SessionQuery['kind']> =
  | { kind: 'answer'; answer: SessionAnswers[K] }
  | { kind: 'noSession' }
  | { kind: 'timeout'; afterMs: number }
  | { kind: 'failed'; message: string };

interface PendingQuery {
  settle: (outcome: QueryOutcome<SessionQuery['kind']>) => void;
  timer: NodeJS.Timeout;
  worker: Worker;
}

interface Running extends Pending {
  id: number;
  startedAt: number;
  /** Wall-clock time after which it counts as hung. */
  budgetMs: number;
  superseded: boolean;
  timer: NodeJS.Timeout;
}

export class AnalysisHost {
  private worker: Worker | undefined;
  private nextId = 1;
  private running: Running | undefined;
  /** Queued jobs, at most one per key, in arrival order. */
  private readonly queue = new Map<string, Pending>();
  private disposed = false;
  private restarts = 0;
  private engineEntry: WorkerReady['engine'] | undefined;
  private recording: boolean | undefined;
  private readonly queries = new Map<number, PendingQuery>();
  /** The time limit of each document's newest finished run: a query may have to record it first. */
  private readonly runBudgets = new Map<string, { runId: number; budgetMs: number }>();

  constructor(private readonly options: HostOptions) {}

  /** Which engine entry point the worker uses; known once a worker has started. */
  get engine(): WorkerReady['engine'] | undefined {
    return this.engineEntry;
  }

  /** Whether the engine records seekable runs; known once a worker has started. */
  get records(): boolean | undefined {
    return this.recording;
  }

  /** Number of times a worker was replaced (hung, crashed or cancelled). */
  get restartCount(): number {
    return this.restarts;
  }

  analyze(job: AnalysisJob): Promise<AnalysisOutcome> {
    if (this.disposed) return Promise.resolve({ kind: 'cancelled' });
    return new Promise((settle) => {
      const queued = this.queue.get(job.key);
      if (queued) {
        this.queue.delete(job.key);
        queued.settle({ kind: 'superseded' });
      }
      // Whoever asked for the replaced run's recording still wants it of the newer run.
      this.queue.set(job.key, { job: queued?.job.record ? { ...job, record: true } : job, settle });
      const run = this.running;
      if (run && run.job.key === job.key) {
        run.superseded = true;
        if (Date.now() - run.startedAt >= (this.options.supersedeAfterMs ?? 300)) {
          this.finish(run, { kind: 'superseded' });
          this.replaceWorker();
        }
      }
      this.pump();
    });
  }

  /** Asks the worker about a recorded run (`runId` from a `done` outcome). */
  query<K extends SessionQuery['kind']>(request: QueryRequest & { kind: K }): Promise<QueryOutcome<K>> {
    const worker = this.worker;
    // A fresh worker holds no runs: no need to start one to hear that.
    if (this.disposed || !worker) return Promise.resolve({ kind: 'noSession' });
    const id = this.nextId++;
    // The worker answers after the analysis it is running (if any): allow for what that may still take,
    // and for recording the run when it has not been recorded yet.
    const run = this.running;
    const behind = run ? Math.max(0, run.startedAt + run.budgetMs - Date.now()) : 0;
    const own = this.runBudgets.get(request.key);
    const recording = own?.runId === request.runId ? own.budgetMs : 0;
    const afterMs = (this.options.queryTimeoutMs ?? 20_000) + behind + recording;
    return new Promise((settle) => {
      const timer = setTimeout(() => {
        if (!this.queries.delete(id)) return;
        settle({ kind: 'timeout', afterMs });
        if (this.worker === worker) {
          this.replaceWorker();
          this.options.onNotice?.(`heapscope: the engine did not answer within ${afterMs} ms; it was restarted.`);
          this.pump();
        }
      }, afterMs);
      this.queries.set(id, { settle: settle as PendingQuery['settle'], timer, worker });
      worker.postMessage({ ...request, id } as SessionQuery);
    });
  }

  /** Drops queued and running work for a document (e.g. it was closed). */
  cancel(key: string): void {
    this.runBudgets.delete(key);
    const queued = this.queue.get(key);
    if (queued) {
      this.queue.delete(key);
      queued.settle({ kind: 'cancelled' });
    }
    if (this.running?.job.key === key) {
      this.finish(this.running, { kind: 'cancelled' });
      this.replaceWorker();
      this.pump();
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const pending of this.queue.values()) pending.settle({ kind: 'cancelled' });
    this.queue.clear();
    if (this.running) this.finish(this.running, { kind: 'cancelled' });
    this.dropQueries(undefined);
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private pump(): void {
    if (this.disposed || this.running) return;
    const next = this.queue.entries().next();
    if (next.done) return;
    const [key, pending] = next.value;
    this.queue.delete(key);
    const worker = this.ensureWorker();
    const id = this.nextId++;
    const budget = pending.job.limits.timeoutMs + (this.options.graceMs ?? 2000);
    const run: Running = {
      ...pending,
      id,
      startedAt: Date.now(),
      budgetMs: budget,
      superseded: false,
      timer: setTimeout(() => this.onHung(run, budget), budget),
    };
    this.running = run;
    const { source, version, filename, limits, record = false } = pending.job;
    const request: AnalyzeRequest = { kind: 'analyze', id, key, source, version, filename, limits, record };
    worker.postMessage(request);
  }

  private onHung(run: Running, afterMs: number): void {
    if (this.running !== run) return;
    this.finish(run, { kind: 'timeout', afterMs });
    this.replaceWorker();
    this.options.onNotice?.(
      `heapscope: the analysis of ${run.job.filename} did not finish within ${afterMs} ms; the engine was restarted.`,
    );
    this.pump();
  }

  private onMessage(worker: Worker, message: WorkerToHost): void {
    if (worker !== this.worker) return;
    if (message.kind === 'ready') {
      this.engineEntry = message.engine;
      this.recording = message.sessions;
      return;
    }
    const query = this.queries.get(message.id);
    if (query) {
      this.queries.delete(message.id);
      clearTimeout(query.timer);
      if (message.kind === 'answer') query.settle({ kind: 'answer', answer: message.answer });
      else if (message.kind === 'failed') query.settle({ kind: 'failed', message: message.message });
      else query.settle({ kind: 'noSession' });
      return;
    }
    const run = this.running;
    if (!run || message.id !== run.id) return;
    if (message.kind === 'result') {
      // The worker keeps the newest run of the document whether or not this caller still wants it.
      this.runBudgets.set(run.job.key, { runId: run.id, budgetMs: run.budgetMs });
      this.finish(
        run,
        run.superseded
          ? { kind: 'superseded' }
          : { kind: 'done', result: message.result, runId: run.id, timeline: message.timeline, recordable: message.recordable },
      );
    } else if (message.kind === 'failed') {
      this.finish(run, { kind: 'failed', message: message.message });
      this.options.onNotice?.(`heapscope: the engine failed on ${run.job.filename}: ${message.message}`);
    }
    this.pump();
  }

  private onExit(worker: Worker, detail: string): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    this.dropQueries(worker);
    if (this.disposed) return;
    const run = this.running;
    if (run) {
      this.finish(run, { kind: 'failed', message: detail });
      this.options.onNotice?.(`heapscope: the engine worker stopped (${detail}) while analysing ${run.job.filename}; it will be restarted.`);
    }
    this.restarts++;
    this.pump();
  }

  private finish(run: Running, outcome: AnalysisOutcome): void {
    clearTimeout(run.timer);
    if (this.running === run) this.running = undefined;
    run.settle(outcome);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.options.workerPath);
    worker.on('message', (m: WorkerToHost) => this.onMessage(worker, m));
    worker.on('error', (err) => this.onExit(worker, err.message));
    worker.on('exit', (code) => this.onExit(worker, `exit code ${code}`));
    // Do not keep the extension host (or a test process) alive for an idle worker.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** Settles the queries sent to a worker that is gone (all queries when `worker` is undefined) as `noSession`. */
  private dropQueries(worker: Worker | undefined): void {
    for (const [id, q] of this.queries) {
      if (worker && q.worker !== worker) continue;
      this.queries.delete(id);
      clearTimeout(q.timer);
      q.settle({ kind: 'noSession' });
    }
  }

  private replaceWorker(): void {
    const old = this.worker;
    this.worker = undefined;
    if (old) this.dropQueries(old);
    if (old) {
      this.restarts++;
      void old.terminate();
    }
  }
}
