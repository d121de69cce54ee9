/**
 * Runs conformance programs in worker threads, so a program that hangs the engine (an engine bug, since
 * the engine enforces step and time limits on Python code) fails its own test after a deadline instead of
 * freezing the whole run. The worker is the engine bundled by esbuild once per test process.
 */
import { Worker } from 'node:worker_threads';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

export interface Job {
  source: string;
  version: string;
  filename: string;
  stdin: string;
  timeoutMs: number;
}
export interface JobResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  audit: unknown;
  internalError?: string;
}

const WORKER_SOURCE = `
import { parentPort } from 'node:worker_threads';
import * as engine from './src/engine/index';
parentPort!.on('message', (job: any) => {
  let out: any;
  try {
    const r = engine.runSource(job.source, { version: job.version, filename: job.filename, stdin: job.stdin, timeoutMs: job.timeoutMs });
    const hook = (engine as any).auditLastRun;
    let audit: unknown = undefined;
    if (typeof hook === 'function') {
      try { audit = hook(); } catch (e: any) { audit = 'auditLastRun threw: ' + (e && e.stack ? e.stack : String(e)); }
    }
    out = { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, audit };
  } catch (e: any) {
    out = { stdout: '', stderr: '', exitCode: -1, audit: undefined, internalError: e && e.stack ? e.stack : String(e) };
  }
  parentPort!.postMessage(out);
});
`;

/** Bundled worker files, by entry ('' = the conformance worker above). */
const bundlePaths = new Map<string, string>();
function bundle(entry: string): string {
  const cached = bundlePaths.get(entry);
  if (cached !== undefined) return cached;
  const root = resolve(__dirname, '../..');
  const dir = mkdtempSync(join(tmpdir(), 'heapscope-conf-'));
  // (the bundle is this process's until it ends)
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const out = join(dir, 'worker.cjs');
  buildSync({
    ...(entry === '' ? { stdin: { contents: WORKER_SOURCE, resolveDir: root, loader: 'ts' as const } } : { entryPoints: [entry] }),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: out,
    logLevel: 'error',
  });
  bundlePaths.set(entry, out);
  return out;
}

export interface PoolOptions {
  /** worker threads; default min(4, cores) */
  size?: number;
  /**
   * A TypeScript module to run in each worker instead of the conformance worker above (the fuzzer's
   * checks): it answers every job message with one result message shaped like JobResult.
   */
  workerEntry?: string;
}

interface Slot {
  worker: Worker | null;
  busy: boolean;
}

export class EnginePool {
  private slots: Slot[];
  private queue: { job: Job; deadlineMs: number; resolve: (r: JobResult) => void }[] = [];
  private entry: string;

  constructor(opts: number | PoolOptions = {}) {
    const o = typeof opts === 'number' ? { size: opts } : opts;
    const size = o.size ?? Math.max(1, Math.min(4, cpus().length));
    this.entry = o.workerEntry ?? '';
    this.slots = Array.from({ length: size }, () => ({ worker: null, busy: false }));
  }

  run(job: Job, deadlineMs: number): Promise<JobResult> {
    return new Promise((res) => {
      this.queue.push({ job, deadlineMs, resolve: res });
      this.pump();
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy || this.queue.length === 0) continue;
      const item = this.queue.shift()!;
      slot.busy = true;
      if (slot.worker === null) slot.worker = new Worker(bundle(this.entry), { resourceLimits: { stackSizeMb: 64 } });
      const w = slot.worker;
      let settled = false;
      const finish = (r: JobResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        w.removeAllListeners('message');
        w.removeAllListeners('error');
        slot.busy = false;
        item.resolve(r);
        this.pump();
      };
      const timer = setTimeout(() => {
        slot.worker = null;
        void w.terminate();
        finish({ stdout: '', stderr: '', exitCode: -1, audit: undefined, internalError: `the engine did not finish within ${item.deadlineMs} ms (hang in engine code)` });
      }, item.deadlineMs);
      w.on('message', (m: JobResult) => finish(m));
      w.on('error', (e) => {
        slot.worker = null;
        finish({ stdout: '', stderr: '', exitCode: -1, audit: undefined, internalError: `engine worker crashed: ${e.stack ?? e.message}` });
      });
      w.postMessage(item.job);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker?.terminate()));
  }
}
