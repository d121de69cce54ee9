/**
 * Issue #7 (seek + redraw under 50 ms): snapshots sent as deltas (protocol/heap.ts `snapshotDelta`,
 * `applySnapshotDelta`, `SnapshotStream`) and the session's arena map kept across snapshots
 * (engine/trace/heapmap.ts, updated from the pools the replayed events touched).
 *
 * On real recorded traces, at many positions, stepping forward and back and jumping:
 *   - a delta applied to its base is the full snapshot, also after a JSON round trip (what crosses to a
 *     webview), and unchanged pools are the base's objects;
 *   - the session's snapshot at a position, reached through any path (cursor stepping forward, a replay
 *     from the same checkpoint, another chunk), equals the snapshot a fresh session makes there (a full build).
 */
import { describe, expect, it } from 'vitest';
import { panelSession } from '../../../src/engine/index';
import type { PanelSession, Snapshot, SnapshotDelta } from '../../../src/protocol/heap';
import { applySnapshotDelta, isPanelToHost, snapshotDelta, SnapshotStream } from '../../../src/protocol/heap';
import { addressOrder } from '../../../src/engine/trace/objecttable';
import { mulberry, randomHeapProgram } from './programs';

const FILE = '/w/delta.py';

/** A heap that spans several arenas, with raw blocks, freelists, collections and output. */
const PROGRAM = `import gc
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
keep = [Node(i) for i in range(600)]
blobs = [bytes(400) + bytes([i % 256]) for i in range(3000)]
big = []
for i in range(200):
    keep.append(Node(i))
    if i % 7 == 0:
        keep[i // 2] = (i, str(i) * 3)
    if i % 50 == 0:
        big.append([0] * (100 + i))
        print(i, len(keep))
del blobs
for i in range(0, 600, 3):
    keep[i] = None
gc.collect()
tail = [float(i) for i in range(200)]
del big[1:]
x = {'a': [1, 2, 3], 'b': tail}
print('done', len(x))
`;

const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function session(source: string, chunkWords?: number): PanelSession {
  return panelSession(source, { filename: FILE, version: '3.12', recorder: chunkWords === undefined ? {} : { chunkWords } });
}

/** Positions to visit: forward steps, back steps, jumps (to other chunks and back). */
function walk(count: number, rnd: () => number, n: number): number[] {
  const out: number[] = [];
  let p = Math.floor(count / 2);
  for (let i = 0; i < n; i++) {
    const r = rnd();
    if (r < 0.45) p += 1;
    else if (r < 0.75) p -= 1;
    else if (r < 0.85) p += 1 + Math.floor(rnd() * 20);
    else p = Math.floor(rnd() * (count + 2));
    p = Math.max(0, Math.min(count + 1, p));
    out.push(p);
  }
  return out;
}

function checkDelta(base: Snapshot, next: Snapshot): SnapshotDelta {
  const d = snapshotDelta(base, next);
  const applied = applySnapshotDelta(base, d);
  expect(applied).toEqual(next);
  // across a JSON boundary (a webview keeps the base it was sent; the delta arrives as JSON)
  const b = json(base);
  const viaJson = applySnapshotDelta(b, json(d));
  expect(viaJson).toEqual(json(next));
  // the pools the delta does not carry are the base's objects
  const baseArenas = new Map(b.arenas.map((a) => [a.index, a]));
  for (const a of viaJson!.arenas) {
    const ba = baseArenas.get(a.index);
    if (!ba || ba.address !== a.address) continue;
    const da = d.arenas.find((x) => (typeof x === 'number' ? x : x.index) === a.index)!;
    if (typeof da === 'number') {
      expect(a).toBe(ba);
      continue;
    }
    const changed = new Set(da.changed.map((p) => p.index));
    for (const pool of a.pools) if (!changed.has(pool.index)) expect(pool).toBe(ba.pools[pool.index]);
  }
  return d;
}

describe('snapshot deltas', () => {
  it('a delta applied to its base is the snapshot, stepping forward, back and jumping', () => {
    const s = session(PROGRAM, 4096);
    const count = s.run.timeline.count;
    const positions = walk(count, mulberry(7), 120);
    let base = s.snapshot(positions[0]);
    let changedPools = 0;
    let totalPools = 0;
    for (const p of positions.slice(1)) {
      const next = s.snapshot(p);
      const d = checkDelta(base, next);
      for (const a of d.arenas) {
        changedPools += typeof a === 'number' ? 0 : a.changed.length;
        totalPools += typeof a === 'number' ? next.arenas.find((x) => x.index === a)!.pools.length : a.poolCount;
      }
      base = next;
    }
    // most steps change a few pools of many
    expect(totalPools).toBeGreaterThan(0);
    expect(changedPools).toBeLessThan(totalPools / 2);
  });

  it('output that is not an extension of the base, and arenas that come and go', () => {
    const s = session(PROGRAM, 4096);
    // the heap at its largest (most arenas), at the start, at the end (all the output)
    const peak = s.snapshot(s.run.timeline.points.reduce((a, b) => (b.arenas > a.arenas ? b : a)).position);
    const start = s.snapshot(0);
    const end = s.snapshot(s.run.timeline.count + 1);
    expect(peak.arenas.length).toBeGreaterThan(start.arenas.length);
    expect(end.stdout.length).toBeGreaterThan(peak.stdout.length);
    checkDelta(peak, start);
    checkDelta(start, peak);
    checkDelta(end, peak);
    checkDelta(peak, end);
    checkDelta(end, end);
  });

  it('a delta does not apply to another base', () => {
    const s = session(PROGRAM);
    const a = s.snapshot(3);
    const b = s.snapshot(4);
    const c = s.snapshot(10);
    expect(applySnapshotDelta(c, snapshotDelta(a, b))).toBeNull();
  });

  it('SnapshotStream: whole first, then deltas; whole again after reset', () => {
    const s = session(PROGRAM);
    const stream = new SnapshotStream();
    const p = s.run.timeline.points.reduce((a, b) => (b.arenas > a.arenas ? b : a)).position;
    const m1 = stream.message(s.snapshot(p));
    expect(m1.kind).toBe('snapshot');
    const m2 = stream.message(s.snapshot(p + 1));
    expect(m2.kind).toBe('snapshotDelta');
    if (m1.kind !== 'snapshot' || m2.kind !== 'snapshotDelta') return;
    expect(m2.delta.base).toBe(p);
    expect(applySnapshotDelta(m1.snapshot, m2.delta)).toEqual(s.snapshot(p + 1));
    // a delta is far smaller than the snapshot
    expect(JSON.stringify(m2).length).toBeLessThan(JSON.stringify(m1).length / 2);
    stream.reset();
    expect(stream.message(s.snapshot(p + 2)).kind).toBe('snapshot');
  });
});

describe('arena map kept across snapshots (heapmap.ts)', () => {
  /** The snapshot a fresh session (a full build of the map) makes at p. */
  const fresh = (source: string, p: number, chunkWords?: number): Snapshot => session(source, chunkWords).snapshot(p);

  for (const chunkWords of [undefined, 2048]) {
    it(`equals a full build at every position visited (${chunkWords === undefined ? 'default chunks' : `chunks of ${chunkWords} words`})`, () => {
      const s = session(PROGRAM, chunkWords);
      const count = s.run.timeline.count;
      const rnd = mulberry(11);
      const positions = walk(count, rnd, 150);
      const snaps = new Map<number, Snapshot>();
      for (const p of positions) snaps.set(p, s.snapshot(p));
      // compare a sample of the positions with fresh sessions (each one a recording: keep it small)
      const sample = [...snaps.keys()].filter((_, i) => i % 6 === 0).slice(0, 4);
      for (const p of sample) expect(snaps.get(p)).toEqual(fresh(PROGRAM, p, chunkWords));
      // and every visit of a position gave the same snapshot as the last one
      for (const p of positions) expect(s.snapshot(p)).toEqual(snaps.get(p));
    });
  }

  it('random heap programs: forward and back through the whole run', () => {
    const rnd = mulberry(23);
    for (let k = 0; k < 3; k++) {
      const src = randomHeapProgram(rnd);
      const s = session(src, 1024);
      const count = s.run.timeline.count;
      const forward: Snapshot[] = [];
      for (let p = 0; p <= count + 1; p++) forward.push(s.snapshot(p));
      for (let p = count + 1; p >= 0; p--) expect(s.snapshot(p)).toEqual(forward[p]);
      for (const p of [0, Math.floor(count / 3), count, count + 1]) expect(forward[p]).toEqual(fresh(src, p, 1024));
    }
  });
});

describe('panel message validation (isPanelToHost)', () => {
  it('accepts seek with and without full, rejects malformed ones', () => {
    expect(isPanelToHost({ kind: 'seek', position: 3 })).toBe(true);
    expect(isPanelToHost({ kind: 'seek', position: 3, full: true })).toBe(true);
    expect(isPanelToHost({ kind: 'seek', position: 3, full: false })).toBe(true);
    expect(isPanelToHost({ kind: 'seek', position: 3, full: 'yes' })).toBe(false);
    expect(isPanelToHost({ kind: 'seek', position: Number.NaN })).toBe(false);
    expect(isPanelToHost({ kind: 'seek' })).toBe(false);
    // host-to-panel kinds are not panel messages
    expect(isPanelToHost({ kind: 'snapshotDelta', delta: {} })).toBe(false);
    expect(isPanelToHost({ kind: 'state', state: { file: null, position: 2 } })).toBe(true);
    expect(isPanelToHost({ kind: 'state', state: { file: 3, position: 2 } })).toBe(false);
    expect(isPanelToHost({ kind: 'objects', position: 1, requestId: 2, query: { sort: 'size', descending: true, filter: '', offset: 0, limit: 10 } })).toBe(true);
    expect(isPanelToHost({ kind: 'objects', position: 1, requestId: 2, query: { sort: 'bogus', descending: true, filter: '', offset: 0, limit: 10 } })).toBe(false);
    expect(isPanelToHost(null)).toBe(false);
  });
});

describe('objects table rows in address order (addressOrder)', () => {
  const check = (addr: number[]): void => {
    const order = addressOrder(Float64Array.from(addr));
    const want = addr.map((a, i) => [a, i]).sort((x, y) => x[0] - y[0]).map((x) => x[1]);
    expect([...order]).toEqual(want);
  };
  it('packs addresses close together with their rows, and hashes addresses far apart', () => {
    const rnd = mulberry(5);
    // one arena's blocks (packed path)
    check(Array.from({ length: 500 }, (_, i) => 0x7f3c9a4e0000 + ((i * 7919) % 500) * 16));
    // raw blocks far from the arenas (hashed path), and unaligned addresses
    const far = new Set<number>();
    while (far.size < 400) far.add(rnd() < 0.5 ? 0x55d4a3c20000 + Math.floor(rnd() * 1e6) * 16 : 0x7f3c9a400000 + Math.floor(rnd() * 1e6) * 16);
    check([...far]);
    check([0x1001, 0x1000, 0x2003]);
    check([]);
  });
});
