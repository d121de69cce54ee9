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
 */
import { Worker } from 'node:worker_threads';
import type { AnalysisLimits, AnalysisResult, PythonVersion } from '../../src/protocol/analysis';
import type { AnalyzeRequest, WorkerReady, WorkerToHost } from '../../src/protocol/worker';

export interface AnalysisJob {
  /** Identifies the document; newest request per key wins. */
  key: string;
  source: string;
  version: PythonVersion;
  filename: string;
  limits: AnalysisLimits;
}

export type AnalysisOutcome =
  | { kind: 'done'; result: AnalysisResult }
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
  /** User-facing notices: worker restarts, engine failures. */
  onNotice?: (message: string) => void;
}

interface Pending {
  job: AnalysisJob;
  settle: (outcome: AnalysisOutcome) => void;
}

interface Running extends Pending {
  id: number;
  startedAt: number;
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

  constructor(private readonly options: HostOptions) {}

  /** Which engine entry point the worker uses; known once a worker has started. */
  get engine(): WorkerReady['engine'] | undefined {
    return this.engineEntry;
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
      this.queue.set(job.key, { job, settle });
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

  /** Drops queued and running work for a document (e.g. it was closed). */
  cancel(key: string): void {
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
      superseded: false,
      timer: setTimeout(() => this.onHung(run, budget), budget),
    };
    this.running = run;
    const { source, version, filename, limits } = pending.job;
    const request: AnalyzeRequest = { kind: 'analyze', id, source, version, filename, limits };
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
      return;
    }
    const run = this.running;
    if (!run || message.id !== run.id) return;
    if (message.kind === 'result') {
      this.finish(run, run.superseded ? { kind: 'superseded' } : { kind: 'done', result: message.result });
    } else {
      this.finish(run, { kind: 'failed', message: message.message });
      this.options.onNotice?.(`heapscope: the engine failed on ${run.job.filename}: ${message.message}`);
    }
    this.pump();
  }

  private onExit(worker: Worker, detail: string): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
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

  private replaceWorker(): void {
    const old = this.worker;
    this.worker = undefined;
    if (old) {
      this.restarts++;
      void old.terminate();
    }
  }
}
