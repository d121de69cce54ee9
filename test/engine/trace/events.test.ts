import { describe, it, expect } from 'vitest';
import { EventLog, Ev, recordWords } from '../../../src/engine/trace/events';
import { traceProgram } from '../../../src/engine/trace/analyze';
import { MirrorState } from '../../../src/engine/trace/state';
import { ArenaMirror } from '../../../src/engine/trace/arenas';

/** Append `k` one-word STEP records as the recorder does (room checked, events counted in the log). */
function write(log: EventLog<null>, k: number): void {
  for (let i = 0; i < k; i++) {
    if (log.n + 1 > log.w.length) log.ensure(1);
    log.w[log.n++] = Ev.STEP | (i << 4);
    log.totalEvents++;
  }
}

describe('EventLog', () => {
  it('allocates a chunk at its expected size: filling it to that size copies nothing', () => {
    const log = new EventLog<null>(1 << 30, 64);
    log.startChunk(0, null, 0, 10_000);
    const words = log.w;
    expect(words.length).toBeGreaterThanOrEqual(10_000);
    write(log, 10_000);
    expect(log.w).toBe(words);
    log.startChunk(1, null, 0, 0);
    // sealed without a copy (little room left), with its events counted
    const c = log.chunks[0];
    expect(c.words).toBe(words);
    expect(c.used).toBe(10_000);
    expect(c.events).toBe(10_000);
    expect(c.words[9_999]).toBe(Ev.STEP | (9_999 << 4));
  });

  it('grows a chunk past its expected size and trims it when sealed; events per chunk add up', () => {
    const log = new EventLog<null>(1 << 30, 64);
    log.startChunk(0, null, 0, 0);
    write(log, 1000);
    log.startChunk(1, null, 0, 0);
    write(log, 3);
    log.startChunk(2, null, 0, 50_000);
    write(log, 7);
    log.sealCurrent();
    expect(log.chunks.map((c) => c.events)).toEqual([1000, 3, 7]);
    expect(log.chunks.map((c) => c.used)).toEqual([1000, 3, 7]);
    // a mostly empty chunk is trimmed to what it used
    expect(log.chunks[2].words.length).toBe(7);
    for (let i = 0; i < 1000; i++) expect(log.chunks[0].words[i]).toBe(Ev.STEP | (i << 4));
    expect(log.totalEvents).toBe(1010);
  });

  it('drops the oldest chunks beyond the budget and counts their events', () => {
    const log = new EventLog<null>(4096 * 4, 256);
    for (let k = 0; k < 20; k++) {
      log.startChunk(k, null, 0, 1024);
      write(log, 1024);
    }
    log.sealCurrent();
    expect(log.droppedChunks).toBeGreaterThan(0);
    expect(log.droppedEvents).toBe(1024 * log.droppedChunks);
    expect(log.chunks.reduce((a, c) => a + c.events, 0) + log.droppedEvents).toBe(log.totalEvents);
  });
});

describe('recorded chunks', () => {
  it('every chunk decodes record by record to its used length, and the event counts add up', () => {
    const src = 'def g(n):\n    for i in range(n):\n        yield [i] * 3\n\nt = 0\nfor x in g(3000):\n    t += len(x)\nprint(t)\n';
    const run = traceProgram(src, { filename: '/e.py' }, { chunkWords: 512 });
    expect(run.result.stdout).toBe('9000\n');
    const log = run.recorder.log;
    expect(log.chunks.length).toBeGreaterThan(3);
    let events = 0;
    for (const c of log.chunks) {
      let i = 0;
      let k = 0;
      while (i < c.used) {
        i += recordWords(c.words[i]);
        k++;
      }
      expect(i).toBe(c.used);
      expect(k).toBe(c.events);
      events += k;
    }
    expect(events + log.droppedEvents).toBe(log.totalEvents);
    expect(run.result.extra.events).toBe(log.totalEvents);
  });

  it('pymalloc block events folded into ALLOC / FREE records replay to the recorder\'s own state', () => {
    // churn in several size classes, buffers that grow, objects freed out of order, a collection
    const src = [
      'import gc',
      'keep = []',
      'for i in range(400):',
      '    t = (i, str(i), [i] * (i % 7))',
      '    d = {"a": i, "b": [t]}',
      '    if i % 3 == 0:',
      '        keep.append(d)',
      '    if i % 50 == 0:',
      '        del keep[::2]',
      'class N:',
      '    def __init__(self):',
      '        self.me = self',
      'for i in range(30):',
      '    N()',
      'gc.collect()',
      'print(len(keep))',
    ].join('\n') + '\n';
    const run = traceProgram(src, { filename: '/f.py' }, { chunkWords: 1024 });
    expect(run.result.stdout).toBe('33\n');
    const log = run.recorder.log;
    expect(log.chunks.length).toBeGreaterThan(5);
    let folded = 0;
    let pm = 0;
    for (let c = 0; c < log.chunks.length; c++) {
      const chunk = log.chunks[c];
      const st = MirrorState.restore(run.recorder.tables, chunk.checkpoint);
      for (let i = 0; i < chunk.used; ) {
        const w0 = chunk.words[i];
        const kind = (w0 & 15) as Ev;
        if (kind === Ev.PM) pm++;
        if ((kind === Ev.ALLOC && (w0 >>> 4) & 2) || (kind === Ev.FREE && (w0 >>> 4) & 1)) folded++;
        i = st.apply(chunk.words, i);
      }
      // the replayed chunk ends in the state the recorder checkpointed at the next chunk (or holds at the end)
      const expected = c + 1 < log.chunks.length ? MirrorState.restore(run.recorder.tables, log.chunks[c + 1].checkpoint) : run.recorder.state;
      expect(st.arenas.sorted()).toEqual(expected.arenas.sorted());
      expect(st.liveBytes).toBe(expected.liveBytes);
      expect(st.liveBlockBytes).toBe(expected.liveBlockBytes);
    }
    // almost every block event adjoins its block's ALLOC / FREE record
    expect(folded).toBeGreaterThan(1000);
    expect(pm).toBeLessThan(folded / 10);
  });

  it('the recorder\'s arena mirror, updated per block event, equals the allocator\'s state at steps throughout a run', () => {
    // pools carved block by block, emptied and reused, in several size classes
    const src = [
      'keep = []',
      'for i in range(3000):',
      '    x = [i, float(i), str(i) * (i % 5)]',
      '    if i % 4 == 0:',
      '        keep.append((x, i))',
      '    if i % 500 == 0:',
      '        del keep[::3]',
      'print(len(keep))',
    ].join('\n') + '\n';
    let compared = 0;
    const run = traceProgram(src, { filename: '/f.py' }, {
      onStep(rec, step) {
        if (step % 211 !== 0) return;
        compared++;
        expect(rec.state.arenas.sorted()).toEqual(ArenaMirror.capture(rec.rt.heap.mem.obmalloc).sorted());
      },
    });
    expect(run.result.stdout).toBe('340\n');
    expect(compared).toBeGreaterThan(10);
  });
});

