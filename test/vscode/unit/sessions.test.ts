import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { AnalysisHost, type AnalysisJob } from '../../../extension/worker/host';
import { SessionStore } from '../../../extension/worker/sessions';
import { record, RECORDING_BUDGET_BYTES, respond, sessionStore, type PanelSessionFunction } from '../../../extension/worker/worker';
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

const analyzeRequest = (key: string, id: number, record = false, source = 'x = 1\n'): AnalyzeRequest => ({
  kind: 'analyze', id, key, source, version: '3.12', filename: `/w/${key}.py`, limits: { maxSteps: 10_000, timeoutMs: 1_000 }, record,
});

describe('SessionStore', () => {
  it('answers the five queries about the run it holds', () => {
    const store = new SessionStore();
    const session = fakeSession([1, 2, 3, 2, 3]);
    store.put(analyzeRequest('a', 7), session);
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
    store.put(analyzeRequest('a', 1), fakeSession([1]));
    store.put(analyzeRequest('a', 2), fakeSession([1, 2]));
    expect(store.size).toBe(1);
    expect(store.answer({ kind: 'snapshot', id: 9, key: 'a', runId: 1, position: 1 })).toEqual({ kind: 'noSession', id: 9 });
    expect(store.answer({ kind: 'snapshot', id: 10, key: 'b', runId: 2, position: 1 })).toEqual({ kind: 'noSession', id: 10 });
    expect(store.get('a', 2)?.run.timeline.count).toBe(2);
    store.drop('a');
    expect(store.get('a', 2)).toBeUndefined();
  });

  it('evicts the least recently used document beyond its capacity', () => {
    const store = new SessionStore({ capacity: 2 });
    store.put(analyzeRequest('a', 1), fakeSession([1]));
    store.put(analyzeRequest('b', 2), fakeSession([1]));
    expect(store.get('a', 1)).toBeDefined(); // a is now the most recently used
    store.put(analyzeRequest('c', 3), fakeSession([1]));
    expect(store.get('b', 2)).toBeUndefined();
    expect(store.get('a', 1)).toBeDefined();
    expect(store.get('c', 3)).toBeDefined();
    // without a recorder, an evicted run cannot be had again
    expect(store.answer({ kind: 'timeline', id: 1, key: 'b', runId: 2 })).toEqual({ kind: 'noSession', id: 1 });
  });

  it('records a run on the first query about it, once', () => {
    const recorded: AnalyzeRequest[] = [];
    const store = new SessionStore({ record: (request) => (recorded.push(request), fakeSession([4, 5], request.source)) });
    const request = analyzeRequest('a', 3, false, 'src-a');
    store.put(request, null);
    expect(store.get('a', 3)).toBeUndefined(); // get() never records
    expect(store.answer({ kind: 'timeline', id: 1, key: 'a', runId: 3 })).toEqual({
      kind: 'answer', id: 1, query: 'timeline', answer: { count: 2, points: [], collections: [], window: { first: 0, last: 3, truncated: false } },
    });
    expect(store.answer({ kind: 'snapshot', id: 2, key: 'a', runId: 3, position: 2 })).toMatchObject({ answer: { line: 5 } });
    expect(recorded).toEqual([request]);
    expect(store.answer({ kind: 'timeline', id: 3, key: 'a', runId: 2 })).toEqual({ kind: 'noSession', id: 3 });
    expect(recorded).toHaveLength(1);
  });

  it('a run whose recording fails answers as not recordable and is not tried again', () => {
    const errors: unknown[] = [];
    let tries = 0;
    const store = new SessionStore({
      record: () => {
        tries++;
        throw new Error('recorder bug');
      },
      onError: (err) => errors.push(err),
    });
    store.put(analyzeRequest('a', 1), null);
    expect(store.answer({ kind: 'timeline', id: 1, key: 'a', runId: 1 })).toEqual({ kind: 'answer', id: 1, query: 'timeline', answer: null });
    expect(store.answer({ kind: 'snapshot', id: 2, key: 'a', runId: 1, position: 1 })).toEqual({ kind: 'failed', id: 2, message: 'this run could not be recorded' });
    expect(tries).toBe(1);
    expect(String(errors[0])).toContain('recorder bug');
    store.put(analyzeRequest('b', 2), null, true); // recording it with its analysis failed
    expect(store.answer({ kind: 'timeline', id: 3, key: 'b', runId: 2 })).toMatchObject({ answer: null });
    expect(tries).toBe(1);
  });

  it('drops the least recently used recordings beyond its capacity and records them again when asked', () => {
    const recorded: string[] = [];
    const store = new SessionStore({ capacity: 2, runs: 3, record: (request) => (recorded.push(request.key), fakeSession([1], request.key)) });
    for (const [key, id] of [['a', 1], ['b', 2], ['c', 3]] as const) {
      store.put(analyzeRequest(key, id), null);
      store.answer({ kind: 'timeline', id: 10 + id, key, runId: id });
    }
    expect(recorded).toEqual(['a', 'b', 'c']);
    expect(store.recordings).toBe(2);
    expect(store.get('a', 1)).toBeUndefined(); // its recording was dropped, its request kept
    expect(store.answer({ kind: 'snapshot', id: 20, key: 'a', runId: 1, position: 1 })).toMatchObject({ kind: 'answer' });
    expect(recorded).toEqual(['a', 'b', 'c', 'a']);
    expect(store.get('b', 2)).toBeUndefined();
    expect(store.get('c', 3)).toBeDefined();
    // beyond `runs` documents, the least recently used (a: b and c were looked at since) is forgotten
    store.put(analyzeRequest('d', 4), null);
    expect(store.size).toBe(3);
    expect(store.answer({ kind: 'timeline', id: 21, key: 'a', runId: 1 })).toEqual({ kind: 'noSession', id: 21 });
    expect(store.answer({ kind: 'timeline', id: 22, key: 'b', runId: 2 })).toMatchObject({ kind: 'answer' });
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
    store.put(analyzeRequest('a', 3), fakeSession([5, 6]));
    expect(await respond({ kind: 'snapshot', id: 4, key: 'a', runId: 3, position: 2 }, store)).toMatchObject({ kind: 'answer', answer: { line: 6 } });
    expect(await respond({ kind: 'findLine', id: 5, key: 'a', runId: 2, from: 0, line: 5, dir: 1 }, store)).toEqual({ kind: 'noSession', id: 5 });
  });

  it('respond() reports an engine error in a query as failed, never throws', async () => {
    const store = new SessionStore();
    const broken = fakeSession([1]);
    broken.snapshot = () => {
      throw new Error('seek bug');
    };
    store.put(analyzeRequest('a', 1), broken);
    expect(await respond({ kind: 'snapshot', id: 2, key: 'a', runId: 1, position: 1 }, store)).toMatchObject({ kind: 'failed', id: 2, message: 'seek bug' });
  });
});

describe('worker respond(): when the run is recorded', () => {
  /** Fake engine entry points counting their calls. */
  function fakeEngine(opts: { analyze?: boolean; panelSession?: boolean; recorderThrows?: boolean } = {}) {
    const calls: string[] = [];
    const panelSession: PanelSessionFunction = (source, options) => {
      calls.push(`panelSession ${source} budget ${options.recorder?.budgetBytes}`);
      if (opts.recorderThrows) throw new Error('recorder bug');
      return fakeSession([1, 2, 1], 'recorded');
    };
    return {
      calls,
      engine: {
        analyze: opts.analyze === false ? undefined : (source: string) => (calls.push(`analyze ${source}`), { ...RESULT, stdout: 'light' }),
        panelSession: opts.panelSession === false ? undefined : panelSession,
      },
    };
  }

  it('an analysis runs the light analyze(), keeps the request and records it on the first query', async () => {
    const { calls, engine } = fakeEngine();
    const store = sessionStore(engine);
    const reply = await respond(analyzeRequest('a', 1, false, 'p1'), store, engine);
    expect(reply).toMatchObject({ kind: 'result', id: 1, result: { stdout: 'light', engineMs: 7 }, timeline: null, recordable: true });
    expect(calls).toEqual(['analyze p1']);
    expect(await respond({ kind: 'timeline', id: 2, key: 'a', runId: 1 }, store, engine)).toMatchObject({ kind: 'answer', query: 'timeline', answer: { count: 3 } });
    expect(await respond({ kind: 'findLine', id: 3, key: 'a', runId: 1, from: 1, line: 1, dir: 1 }, store, engine)).toMatchObject({ answer: 3 });
    expect(calls).toEqual(['analyze p1', `panelSession p1 budget ${RECORDING_BUDGET_BYTES}`]);
    // a newer analysis replaces the run: the old one is gone, the new one is recorded when asked
    await respond(analyzeRequest('a', 4, false, 'p2'), store, engine);
    expect(await respond({ kind: 'snapshot', id: 5, key: 'a', runId: 1, position: 1 }, store, engine)).toEqual({ kind: 'noSession', id: 5 });
    expect(await respond({ kind: 'snapshot', id: 6, key: 'a', runId: 4, position: 1 }, store, engine)).toMatchObject({ kind: 'answer' });
    expect(calls.slice(2)).toEqual(['analyze p2', `panelSession p2 budget ${RECORDING_BUDGET_BYTES}`]);
  });

  it('an analysis the host wants recorded runs panelSession once and replies with the timeline', async () => {
    const { calls, engine } = fakeEngine();
    const store = sessionStore(engine);
    const reply = await respond(analyzeRequest('a', 1, true, 'p'), store, engine);
    expect(reply).toMatchObject({ kind: 'result', result: { stdout: 'recorded' }, timeline: { count: 3 }, recordable: true });
    expect(await respond({ kind: 'timeline', id: 2, key: 'a', runId: 1 }, store, engine)).toMatchObject({ answer: { count: 3 } });
    expect(calls).toEqual([`panelSession p budget ${RECORDING_BUDGET_BYTES}`]);
  });

  it('a failed recording falls back to analyze() and the run is not recordable', async () => {
    const { calls, engine } = fakeEngine({ recorderThrows: true });
    const store = sessionStore(engine);
    const reply = await respond(analyzeRequest('a', 1, true, 'p'), store, engine);
    expect(reply).toMatchObject({ kind: 'result', result: { stdout: 'light' }, timeline: null, recordable: false });
    expect(await respond({ kind: 'timeline', id: 2, key: 'a', runId: 1 }, store, engine)).toMatchObject({ kind: 'answer', answer: null });
    expect(calls).toEqual([`panelSession p budget ${RECORDING_BUDGET_BYTES}`, 'analyze p']);
    // recorded on demand, it fails the same way: the timeline answer says so
    await respond(analyzeRequest('a', 3, false, 'q'), store, engine);
    expect(await respond({ kind: 'timeline', id: 4, key: 'a', runId: 3 }, store, engine)).toMatchObject({ kind: 'answer', answer: null });
  });

  it('an engine without panelSession records nothing; one without analyze records every run', async () => {
    const light = fakeEngine({ panelSession: false });
    const store = sessionStore(light.engine);
    expect(await respond(analyzeRequest('a', 1, true), store, light.engine)).toMatchObject({ kind: 'result', timeline: null, recordable: false });
    expect(await respond({ kind: 'timeline', id: 2, key: 'a', runId: 1 }, store, light.engine)).toEqual({ kind: 'noSession', id: 2 });
    const full = fakeEngine({ analyze: false });
    expect(await respond(analyzeRequest('a', 3), sessionStore(full.engine), full.engine)).toMatchObject({ timeline: { count: 3 }, recordable: true });
    expect(full.calls).toEqual([`panelSession x = 1\n budget ${RECORDING_BUDGET_BYTES}`]);
  });
});

// A stand-in worker speaking the protocol, holding a "recording" per key: the source's lines, recorded
// with the analysis when asked, else on the first query.
//   source "hang" loops forever, "sleep:N" busy-waits N ms, "recsleep:N" busy-waits N ms when recorded
//   on a query; a query at position 999 hangs.
const FAKE_WORKER = `
const { parentPort } = require('node:worker_threads');
const runs = new Map();
parentPort.postMessage({ kind: 'ready', engine: 'analyze', sessions: true });
parentPort.on('message', (m) => {
  if (m.kind === 'analyze') {
    if (m.source === 'hang') for (;;) {}
    const sleep = /^sleep:(\\d+)/.exec(m.source);
    if (sleep) { const end = Date.now() + Number(sleep[1]); while (Date.now() < end) {} }
    const lines = m.source.split(',').map(Number);
    const timeline = { count: lines.length, points: [], collections: [], window: { first: 0, last: lines.length + 1, truncated: false } };
    runs.set(m.key, { runId: m.id, lines, timeline, recorded: m.record, source: m.source });
    return parentPort.postMessage({ kind: 'result', id: m.id, result: { version: m.version, stdout: m.source, stderr: '', exitCode: 0,
      error: null, lines: [], totals: { peakBytes: 0, liveObjects: 0, liveBytes: 0, gcCollections: 0, steps: 0 }, engineMs: 0 },
      timeline: m.record ? timeline : null, recordable: true });
  }
  const run = runs.get(m.key);
  if (!run || run.runId !== m.runId) return parentPort.postMessage({ kind: 'noSession', id: m.id });
  if (!run.recorded) {
    const sleep = /^recsleep:(\\d+)/.exec(run.source);
    if (sleep) { const end = Date.now() + Number(sleep[1]); while (Date.now() < end) {} }
    run.recorded = true;
  }
  if (m.kind === 'timeline') return parentPort.postMessage({ kind: 'answer', id: m.id, query: 'timeline', answer: run.timeline });
  if (m.position === 999) for (;;) {}
  parentPort.postMessage({ kind: 'answer', id: m.id, query: m.kind, answer: { position: m.position, line: run.lines[m.position - 1] ?? 0 } });
});
`;
const workerPath = join(mkdtempSync(join(tmpdir(), 'heapscope-sessions-')), 'fake-worker.js');
writeFileSync(workerPath, FAKE_WORKER);
afterAll(() => rmSync(dirname(workerPath), { recursive: true, force: true }));

const job = (key: string, source: string, record?: boolean, timeoutMs = 10_000): AnalysisJob => ({
  key, source, version: '3.12', filename: `/w/${key}.py`, limits: { maxSteps: 1000, timeoutMs }, record,
});

let host: AnalysisHost | undefined;
afterEach(() => host?.dispose());

describe('AnalysisHost queries', () => {
  it('a done analysis asked to record names its run and timeline; queries about it are answered', async () => {
    host = new AnalysisHost({ workerPath });
    const done = await host.analyze(job('a', '3,4,3', true));
    if (done.kind !== 'done') throw new Error(`outcome ${done.kind}`);
    expect(done.timeline?.count).toBe(3);
    expect(done.recordable).toBe(true);
    expect(host.records).toBe(true);
    const answer = await host.query({ kind: 'snapshot', key: 'a', runId: done.runId, position: 2 });
    expect(answer).toEqual({ kind: 'answer', answer: { position: 2, line: 4 } });
  });

  it('a run analysed without its recording has no timeline until the timeline query records it', async () => {
    host = new AnalysisHost({ workerPath });
    const done = await host.analyze(job('a', '3,4,3'));
    if (done.kind !== 'done') throw new Error(`outcome ${done.kind}`);
    expect(done).toMatchObject({ timeline: null, recordable: true });
    expect(await host.query({ kind: 'timeline', key: 'a', runId: done.runId })).toMatchObject({ kind: 'answer', answer: { count: 3 } });
    expect(await host.query({ kind: 'snapshot', key: 'a', runId: done.runId, position: 2 })).toEqual({ kind: 'answer', answer: { position: 2, line: 4 } });
  });

  it('a request replacing a queued one that asked for the recording records too', async () => {
    host = new AnalysisHost({ workerPath, supersedeAfterMs: 60_000 });
    const ahead = host.analyze(job('b', 'sleep:150'));
    const wanted = host.analyze(job('a', '1', true));
    const newer = host.analyze(job('a', '1,2'));
    expect(await wanted).toEqual({ kind: 'superseded' });
    expect(await newer).toMatchObject({ kind: 'done', timeline: { count: 2 } });
    expect(await ahead).toMatchObject({ kind: 'done', timeline: null });
  });

  it('a query that has to record its run first is given the run\'s time limit as well', async () => {
    host = new AnalysisHost({ workerPath, queryTimeoutMs: 50, graceMs: 0 });
    const done = await host.analyze(job('a', 'recsleep:300', false, 1_000));
    if (done.kind !== 'done') throw new Error('analysis did not finish');
    expect(await host.query({ kind: 'timeline', key: 'a', runId: done.runId })).toMatchObject({ kind: 'answer', answer: { count: 1 } });
    expect(host.restartCount).toBe(0);
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
    host = new AnalysisHost({ workerPath, queryTimeoutMs: 100, graceMs: 50, onNotice: (m) => notices.push(m) });
    const done = await host.analyze(job('a', '1', false, 100));
    if (done.kind !== 'done') throw new Error('analysis did not finish');
    // the query's own time, plus its run's time limit and grace (it might have had to record the run)
    expect(await host.query({ kind: 'snapshot', key: 'a', runId: done.runId, position: 999 })).toEqual({ kind: 'timeout', afterMs: 250 });
    expect(host.restartCount).toBe(1);
    expect(notices[0]).toMatch(/did not answer within 250 ms; it was restarted/);
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
