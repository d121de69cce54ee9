import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { AnalysisHost, type AnalysisJob } from '../../../extension/worker/host';
import { handle } from '../../../extension/worker/worker';
import type { AnalysisResult } from '../../../src/protocol/analysis';

// A stand-in worker speaking the protocol: the source says what to do.
//   "hang" loops forever, "crash" exits, "sleep:N" busy-waits N ms, anything else answers at once.
const FAKE_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.postMessage({ kind: 'ready', engine: 'runSource' });
parentPort.on('message', (m) => {
  if (m.source === 'hang') for (;;) {}
  if (m.source === 'crash') process.exit(3);
  if (m.source === 'throw') return parentPort.postMessage({ kind: 'failed', id: m.id, message: 'engine bug' });
  const sleep = /^sleep:(\\d+)/.exec(m.source);
  if (sleep) { const end = Date.now() + Number(sleep[1]); while (Date.now() < end) {} }
  parentPort.postMessage({ kind: 'result', id: m.id, result: { version: m.version, stdout: m.source, stderr: '', exitCode: 0,
    error: null, lines: [], totals: { peakBytes: 0, liveObjects: 0, liveBytes: 0, gcCollections: 0, steps: 0 }, engineMs: 0 } });
});
`;
const workerPath = join(mkdtempSync(join(tmpdir(), 'heapscope-host-')), 'fake-worker.js');
writeFileSync(workerPath, FAKE_WORKER);
afterAll(() => rmSync(dirname(workerPath), { recursive: true, force: true }));

const job = (key: string, source: string, timeoutMs = 10_000): AnalysisJob => ({
  key, source, version: '3.12', filename: `/w/${key}.py`, limits: { maxSteps: 1000, timeoutMs },
});

let host: AnalysisHost | undefined;
afterEach(() => host?.dispose());

describe('AnalysisHost', () => {
  it('runs a job in the worker', async () => {
    host = new AnalysisHost({ workerPath });
    const outcome = await host.analyze(job('a', 'print(1)'));
    expect(outcome).toMatchObject({ kind: 'done', result: { stdout: 'print(1)', version: '3.12' } });
    expect(host.engine).toBe('runSource');
  });

  it('newest request per document wins; other documents are unaffected', async () => {
    host = new AnalysisHost({ workerPath, supersedeAfterMs: 60_000 });
    const first = host.analyze(job('a', 'sleep:150'));
    const second = host.analyze(job('a', 'v2'));
    const other = host.analyze(job('b', 'other'));
    const third = host.analyze(job('a', 'v3'));
    expect(await first).toEqual({ kind: 'superseded' }); // finished, but outdated
    expect(await second).toEqual({ kind: 'superseded' }); // replaced while queued
    expect(await other).toMatchObject({ kind: 'done', result: { stdout: 'other' } });
    expect(await third).toMatchObject({ kind: 'done', result: { stdout: 'v3' } });
    expect(host.restartCount).toBe(0);
  });

  it('cancels a long superseded run by restarting the worker', async () => {
    host = new AnalysisHost({ workerPath, supersedeAfterMs: 20 });
    const stuck = host.analyze(job('a', 'hang'));
    await new Promise((r) => setTimeout(r, 100));
    const fresh = host.analyze(job('a', 'fresh'));
    expect(await stuck).toEqual({ kind: 'superseded' });
    expect(await fresh).toMatchObject({ kind: 'done', result: { stdout: 'fresh' } });
    expect(host.restartCount).toBe(1);
  });

  it('terminates a hung worker after the time limit, tells the user, and keeps working', async () => {
    const notices: string[] = [];
    host = new AnalysisHost({ workerPath, graceMs: 100, onNotice: (m) => notices.push(m) });
    const started = Date.now();
    expect(await host.analyze(job('a', 'hang', 100))).toEqual({ kind: 'timeout', afterMs: 200 });
    // the hung worker is killed (not waited for): generous bound, the point is that it returns at all
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(notices[0]).toMatch(/did not finish within 200 ms; the engine was restarted/);
    expect(await host.analyze(job('a', 'after'))).toMatchObject({ kind: 'done', result: { stdout: 'after' } });
  });

  it('reports a crashed worker or an engine failure and recovers', async () => {
    const notices: string[] = [];
    host = new AnalysisHost({ workerPath, onNotice: (m) => notices.push(m) });
    expect(await host.analyze(job('a', 'crash'))).toMatchObject({ kind: 'failed', message: 'exit code 3' });
    expect(await host.analyze(job('a', 'throw'))).toEqual({ kind: 'failed', message: 'engine bug' });
    expect(await host.analyze(job('a', 'ok'))).toMatchObject({ kind: 'done' });
    expect(notices).toHaveLength(2);
  });

  it('cancel() and dispose() settle everything as cancelled', async () => {
    host = new AnalysisHost({ workerPath });
    const running = host.analyze(job('a', 'hang'));
    const queued = host.analyze(job('b', 'x'));
    host.cancel('a');
    expect(await running).toEqual({ kind: 'cancelled' });
    expect(await queued).toMatchObject({ kind: 'done' });
    const late = host.analyze(job('c', 'hang'));
    host.dispose();
    expect(await late).toEqual({ kind: 'cancelled' });
    expect(await host.analyze(job('d', 'x'))).toEqual({ kind: 'cancelled' });
  });
});

describe('worker handle()', () => {
  const request = { kind: 'analyze' as const, id: 1, key: 'x', source: 'x = 1\n', version: '3.13' as const, filename: '/w/x.py', limits: { maxSteps: 10_000, timeoutMs: 1_000 }, record: false };

  it('uses the engine analyze when there is one', async () => {
    const fake: AnalysisResult = {
      version: '3.13', stdout: '', stderr: '', exitCode: 0, error: null, lines: [], engineMs: 0,
      totals: { peakBytes: 1, liveObjects: 2, liveBytes: 3, gcCollections: 0, steps: 4 },
    };
    let seen: unknown;
    const result = await handle(request, (source, options) => ((seen = { source, options }), fake));
    expect(seen).toEqual({ source: 'x = 1\n', options: { version: '3.13', filename: '/w/x.py', maxSteps: 10_000, timeoutMs: 1_000 } });
    expect(result.totals.steps).toBe(4);
    expect(result.engineMs).toBeGreaterThanOrEqual(0);
  });

  it('falls back to runSource with an AnalysisResult of the same shape', async () => {
    const result = await handle(request, null);
    expect(result.version).toBe('3.13');
    expect(result.lines).toEqual([]);
    expect(typeof result.stdout).toBe('string');
    expect(typeof result.exitCode).toBe('number');
  });
});
