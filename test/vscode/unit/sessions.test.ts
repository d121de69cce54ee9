import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AnalysisHost, type AnalysisJob } from '../../../extension/worker/host';
import { SessionStore } from '../../../extension/worker/sessions';
import { record, RECORDING_BUDGET_BYTES, respond } from '../../../extension/worker/worker';
import type { AnalysisResult } from '../../../src/protocol/analysis';
import type { ObjectQuery, PanelSession, Snapshot, StepKind } from '../../../src/protocol/heap';
import type { AnalyzeRequest } from '../../../src/protocol/worker';

const RESULT: AnalysisResult = {
  version: '3.12', stdout: 'out\n', stderr: '', exitCode: 0, error: null, lines: [], engineMs: 7,
  totals: { peakBytes: 1, liveObjects: 2, liveBytes: 3, gcCollections: 0, steps: 4 },
};

/** A recorded run of `lines` (the line about to run at each position 1..n), answering like the engine. */
function fakeSession(lines: number[], tag = 'run'): PanelSession & { calls: string[] } {
  const calls: string[] = [];
  const count = lines.length;
  return {
    calls,
    run: {
      file: `/w/${tag}.py`, version: '3.12', source: '', result: { ...RESULT, stdout: tag },
      timeline: { count, points: [], collections: [], window: { first: 0, last: count + 1, truncated: false } },
    },
    snapshot(position: number): Snapshot {
      calls.push(`snapshot ${position}`);
      return { position, line: lines[position - 1] ?? 0 } as Snapshot;
    },
    find(from: number, kind: StepKind, dir: 1 | -1) {
      calls.push(`find ${from} ${kind} ${dir}`);
      return kind === 'gc' ? null : from + dir;
    },
    findLine(from: number, line: number, dir: 1 | -1) {
      for (let p = from + dir; p >= 1 && p <= count; p += dir) if (lines[p - 1] === line) return p;
      return null;
    },
    inspect(position: number, id: number) {
      calls.push(`inspect ${position} ${id}`);
      return null;
    },
    objects(position: number, query: ObjectQuery) {
      calls.push(`objects ${position} ${query.sort} ${query.offset}`);
      return { position, query, total: 0, live: 0, rows: [] };
    },
  };
}

const analyzeRequest = (key: string, id: number): AnalyzeRequest => ({
  kind: 'analyze', id, key, source: 'x = 1\n', version: '3.12', filename: `/w/${key}.py`, limits: { maxSteps: 10_000, timeoutMs: 1_000 },
});

describe('SessionStore', () => {
  it('answers the five queries about the run it holds', () => {
    const store = new SessionStore();
    const session = fakeSession([1, 2, 3, 2, 3]);
    store.put('a', 7, session);
    expect(store.answer({ kind: 'snapshot', id: 1, key: 'a', runId: 7, position: 2 })).toEqual({
      kind: 'answer', id: 1, query: 'snapshot', answer: { position: 2, line: 2 },
    });
    expect(store.answer({ kind: 'findLine', id: 2, key: 'a', runId: 7, from: 2, line: 2, dir: 1 })).toMatchObject({ answer: 4 });
    expect(store.answer({ kind: 'findLine', id: 3, key: 'a', runId: 7, from: 4, line: 1, dir: 1 })).toMatchObject({ answer: null });
    expect(store.answer({ kind: 'find', id: 4, key: 'a', runId: 7, from: 3, what: 'alloc', dir: -1 })).toMatchObject({ query: 'find', answer: 2 });
    expect(store.answer({ kind: 'inspect', id: 5, key: 'a', runId: 7, position: 3, objectId: 99 })).toMatchObject({ query: 'inspect', answer: null });
    const query: ObjectQuery = { sort: 'size', descending: true, filter: '', offset: 200, limit: 200 };
    expect(store.answer({ kind: 'objects', id: 6, key: 'a', runId: 7, position: 3, query })).toMatchObject({ query: 'objects', answer: { position: 3, query, total: 0 } });
    expect(session.calls).toEqual(['snapshot 2', 'find 3 alloc -1', 'inspect 3 99', 'objects 3 size 200']);
  });

  it('keeps only the newest run of a document and answers noSession for another run', () => {
    const store = new SessionStore();
    store.put('a', 1, fakeSession([1]));
    store.put('a', 2, fakeSession([1, 2]));
    expect(store.size).toBe(1);
    expect(store.answer({ kind: 'snapshot', id: 9, key: 'a', runId: 1, position: 1 })).toEqual({ kind: 'noSession', id: 9 });
    expect(store.answer({ kind: 'snapshot', id: 10, key: 'b', runId: 2, position: 1 })).toEqual({ kind: 'noSession', id: 10 });
    expect(store.get('a', 2)?.run.timeline.count).toBe(2);
    store.drop('a');
    expect(store.get('a', 2)).toBeUndefined();
  });

  it('evicts the least recently used document beyond its capacity', () => {
    const store = new SessionStore(2);
    store.put('a', 1, fakeSession([1]));
    store.put('b', 2, fakeSession([1]));
    expect(store.get('a', 1)).toBeDefined(); // a is now the most recently used
    store.put('c', 3, fakeSession([1]));
    expect(store.get('b', 2)).toBeUndefined();
    expect(store.get('a', 1)).toBeDefined();
    expect(store.get('c', 3)).toBeDefined();
  });
});

describe('worker record() and respond()', () => {
  it('one panelSession run gives the result and the recording', async () => {
    const session = fakeSession([1, 2], 'recorded');
    let seen: unknown;
    const got = await record(analyzeRequest('a', 1), (source, options) => ((seen = { source, options }), session), null);
    expect(got.session).toBe(session);
    expect(got.result.stdout).toBe('recorded');
    expect(got.result.engineMs).toBe(7);
    expect(seen).toEqual({
      source: 'x = 1\n',
      options: { version: '3.12', filename: '/w/a.py', maxSteps: 10_000, timeoutMs: 1_000, recorder: { budgetBytes: RECORDING_BUDGET_BYTES } },
    });
  });

  it('falls back to analyze, without a recording, when recording throws', async () => {
    const errors: unknown[] = [];
    const got = await record(
      analyzeRequest('a', 1),
      () => {
        throw new Error('recorder bug');
      },
      () => RESULT,
      (err) => errors.push(err),
    );
    expect(got).toEqual({ result: RESULT, session: null });
    expect(String(errors[0])).toContain('recorder bug');
  });

  it('respond() answers a query about a held run, noSession otherwise', async () => {
    const store = new SessionStore();
    store.put('a', 3, fakeSession([5, 6]));
    expect(await respond({ kind: 'snapshot', id: 4, key: 'a', runId: 3, position: 2 }, store)).toMatchObject({ kind: 'answer', answer: { line: 6 } });
    expect(await respond({ kind: 'findLine', id: 5, key: 'a', runId: 2, from: 0, line: 5, dir: 1 }, store)).toEqual({ kind: 'noSession', id: 5 });
  });

  it('respond() reports an engine error in a query as failed, never throws', async () => {
    const store = new SessionStore();
    const broken = fakeSession([1]);
    broken.snapshot = () => {
      throw new Error('seek bug');
    };
    store.put('a', 1, broken);
    expect(await respond({ kind: 'snapshot', id: 2, key: 'a', runId: 1, position: 1 }, store)).toMatchObject({ kind: 'failed', id: 2, message: 'seek bug' });
  });
});

// A stand-in worker speaking the protocol, holding a "recording" per key: the source's lines.
//   source "hang" loops forever, "sleep:N" busy-waits N ms; a query at position 999 hangs.
const FAKE_WORKER = `
const { parentPort } = require('node:worker_threads');
const runs = new Map();
parentPort.postMessage({ kind: 'ready', engine: 'analyze', sessions: true });
parentPort.on('message', (m) => {
  if (m.kind === 'analyze') {
    if (m.source === 'hang') for (;;) {}
    const sleep = /^sleep:(\\d+)/.exec(m.source);
    if (sleep) { const end = Date.now() + Number(sleep[1]); while (Date.now() < end) {} }
    runs.set(m.key, { runId: m.id, lines: m.source.split(',').map(Number) });
    const count = runs.get(m.key).lines.length;
    return parentPort.postMessage({ kind: 'result', id: m.id, result: { version: m.version, stdout: m.source, stderr: '', exitCode: 0,
      error: null, lines: [], totals: { peakBytes: 0, liveObjects: 0, liveBytes: 0, gcCollections: 0, steps: 0 }, engineMs: 0 },
      timeline: { count, points: [], collections: [], window: { first: 0, last: count + 1, truncated: false } } });
  }
  const run = runs.get(m.key);
  if (!run || run.runId !== m.runId) return parentPort.postMessage({ kind: 'noSession', id: m.id });
  if (m.position === 999) for (;;) {}
  parentPort.postMessage({ kind: 'answer', id: m.id, query: m.kind, answer: { position: m.position, line: run.lines[m.position - 1] ?? 0 } });
});
`;
const workerPath = join(mkdtempSync(join(tmpdir(), 'heapscope-sessions-')), 'fake-worker.js');
writeFileSync(workerPath, FAKE_WORKER);

const job = (key: string, source: string): AnalysisJob => ({
  key, source, version: '3.12', filename: `/w/${key}.py`, limits: { maxSteps: 1000, timeoutMs: 10_000 },
});

let host: AnalysisHost | undefined;
afterEach(() => host?.dispose());

describe('AnalysisHost queries', () => {
  it('a done analysis names its run and timeline; queries about it are answered', async () => {
    host = new AnalysisHost({ workerPath });
    const done = await host.analyze(job('a', '3,4,3'));
    if (done.kind !== 'done') throw new Error(`outcome ${done.kind}`);
    expect(done.timeline?.count).toBe(3);
    expect(host.records).toBe(true);
    const answer = await host.query({ kind: 'snapshot', key: 'a', runId: done.runId, position: 2 });
    expect(answer).toEqual({ kind: 'answer', answer: { position: 2, line: 4 } });
  });

  it('a query about an older run settles noSession', async () => {
    host = new AnalysisHost({ workerPath });
    const first = await host.analyze(job('a', '1'));
    const second = await host.analyze(job('a', '1,2'));
    if (first.kind !== 'done' || second.kind !== 'done') throw new Error('analyses did not finish');
    expect(second.runId).not.toBe(first.runId);
    expect(await host.query({ kind: 'snapshot', key: 'a', runId: first.runId, position: 1 })).toEqual({ kind: 'noSession' });
    expect(await host.query({ kind: 'snapshot', key: 'a', runId: second.runId, position: 2 })).toMatchObject({ kind: 'answer' });
  });

  it('queries wait behind a running analysis and are lost with a restarted worker', async () => {
    host = new AnalysisHost({ workerPath, supersedeAfterMs: 0 });
    const done = await host.analyze(job('a', '1,2'));
    if (done.kind !== 'done') throw new Error('analysis did not finish');
    const stuck = host.analyze(job('b', 'hang'));
    const pending = host.query({ kind: 'snapshot', key: 'a', runId: done.runId, position: 1 });
    host.cancel('b'); // terminates the hung worker: its recordings go with it
    expect(await stuck).toEqual({ kind: 'cancelled' });
    expect(await pending).toEqual({ kind: 'noSession' });
    expect(await host.query({ kind: 'snapshot', key: 'a', runId: done.runId, position: 1 })).toEqual({ kind: 'noSession' });
  });

  it('a query that does not answer in time restarts the worker and says so', async () => {
    const notices: string[] = [];
    host = new AnalysisHost({ workerPath, queryTimeoutMs: 100, onNotice: (m) => notices.push(m) });
    const done = await host.analyze(job('a', '1'));
    if (done.kind !== 'done') throw new Error('analysis did not finish');
    expect(await host.query({ kind: 'snapshot', key: 'a', runId: done.runId, position: 999 })).toEqual({ kind: 'timeout', afterMs: 100 });
    expect(host.restartCount).toBe(1);
    expect(notices[0]).toMatch(/did not answer within 100 ms; it was restarted/);
    expect(await host.analyze(job('a', '5'))).toMatchObject({ kind: 'done' });
  });

  it('a query behind a running analysis is given the analysis\'s time as well', async () => {
    host = new AnalysisHost({ workerPath, queryTimeoutMs: 50, graceMs: 0 });
    const done = await host.analyze(job('a', '1,2'));
    if (done.kind !== 'done') throw new Error('analysis did not finish');
    const slow = host.analyze(job('b', 'sleep:300')); // runs ahead of the query, 6× its own time limit
    const answer = await host.query({ kind: 'snapshot', key: 'a', runId: done.runId, position: 2 });
    expect(answer).toEqual({ kind: 'answer', answer: { position: 2, line: 2 } });
    expect(await slow).toMatchObject({ kind: 'done' });
    expect(host.restartCount).toBe(0);
  });

  it('without a worker, a query settles noSession at once', async () => {
    host = new AnalysisHost({ workerPath });
    expect(await host.query({ kind: 'findLine', key: 'a', runId: 1, from: 0, line: 1, dir: 1 })).toEqual({ kind: 'noSession' });
  });
});
