import { describe, it, expect } from 'vitest';
import { panelSession, traceProgram } from '../../../src/engine/index';
import type { Recorder } from '../../../src/engine/trace/recorder';
import { F_FREELISTED, F_OBJECT } from '../../../src/engine/trace/state';
import { parseDebugMallocStats } from '../../../src/engine/memory/debugmallocstats';
import { TPFLAGS, refcount } from '../../../src/engine/objects/object';
import type { PythonVersion } from '../../../src/protocol/analysis';
import type { ObjectColumn, ObjectView, Snapshot, PanelSession } from '../../../src/protocol/heap';
import { decodeObjectAttr, decodeRuns, encodeRuns, generationCode, isObjectQuery, MAX_ATTR_TYPE, MAX_OBJECT_ROWS, objectAttr, OBJECT_COLUMNS } from '../../../src/protocol/heap';
import { mulberry, randomHeapProgram, randomProgram } from './programs';
import { referenceFilter, referenceOrder } from './objectorder';

const VERSIONS: PythonVersion[] = ['3.11', '3.12', '3.13'];
const FILE = '/w/panel.py';

/** What a stopped run shows, read from the live runtime (not from the trace). */
interface Live {
  objects: { id: number; type: string; refcount: number; generation: unknown; bufferBytes: number }[];
  /** arena index → pool index → blocks with 'u' in use, 'f' free, '.' never carved */
  pools: string[];
  stats: unknown;
  gc: { counts: number[]; thresholds: number[]; enabled: boolean };
  stdout: string;
  frames: string[];
}

function captureLive(rec: Recorder): Live {
  const rt = rec.rt;
  const st = rec.state;
  const objects: Live['objects'] = [];
  for (const [, s] of st.slotOf) {
    const o = rec.objs[s];
    if (!o || !(st.flags[s] & F_OBJECT) || st.flags[s] & F_FREELISTED) continue;
    const gcType = (o.ob_type.tp_flags & TPFLAGS.HAVE_GC) !== 0;
    const h = o.gch;
    const g = h === null || h.next === null ? 'untracked' : h.gen === 3 ? 'permanent' : h.gen < 0 ? 'unreachable' : h.gen;
    objects.push({ id: o.addr, type: o.ob_type.tp_name.split('.').pop()!, refcount: refcount(o), generation: gcType ? g : null, bufferBytes: rec.ownedBufferBytes(o) });
  }
  objects.sort((a, b) => a.id - b.id);
  const ob = rt.heap.mem.obmalloc;
  const pools: string[] = [];
  ob.forEachArena((a) => {
    ob.forEachPool(a.index, (p) => {
      if (p.count === 0) return;
      const map = ob.blockMap(p.address);
      pools.push(`${a.index}/${p.address}/${p.szidx}:` + Array.from(map, (b) => (b === 0 ? '.' : b === 1 ? 'f' : 'u')).join(''));
    });
  });
  const s = ob.stats();
  const frames: string[] = [];
  for (let f = rt.frame; f !== null; f = f.back) frames.push(f.code.spec.co_qualname);
  return {
    objects,
    pools,
    stats: { ...s, arenaMapMidCount: undefined, arenaMapBotCount: undefined },
    gc: { counts: rt.gc.getCount(), thresholds: rt.gc.getThreshold(), enabled: rt.gc.isEnabled() },
    stdout: rt.stdout.join(''),
    frames,
  };
}

/** Every live object of the session's table at p, paging through it in id order. */
function allObjects(session: PanelSession, p: number, pageRows = MAX_OBJECT_ROWS): ObjectView[] {
  const out: ObjectView[] = [];
  for (let offset = 0; ; offset += pageRows) {
    const page = session.objects(p, { sort: 'id', descending: false, filter: '', offset, limit: pageRows });
    out.push(...page.rows);
    if (page.rows.length < pageRows) {
      expect(page.total).toBe(out.length);
      expect(page.live).toBe(out.length);
      return out;
    }
  }
}

/** The block states of a pool (decoded). */
function blockString(blocks: string, capacity: number): string {
  const codes = new Uint8Array(capacity);
  decodeRuns(blocks, codes);
  return String.fromCharCode(...codes);
}

/**
 * The map's per-block objects agree with the objects table: every object in a pool has its block in state
 * 'o' with its type and generation, no other block names an object, and Snapshot.types counts the table.
 */
function checkMapAgainstTable(snap: Snapshot, objects: ObjectView[]): void {
  const byAddress = new Map(objects.map((o) => [o.address, o]));
  let inPools = 0;
  // plain comparisons, one assertion at the end (an expect per block is slow)
  const wrong: string[] = [];
  for (const a of snap.arenas) {
    for (const p of a.pools) {
      if (p.sizeClass < 0) continue;
      const states = blockString(p.blocks, p.capacity);
      const attrs = new Uint16Array(p.capacity);
      if (decodeRuns(p.objects, attrs) !== p.capacity) wrong.push(`pool ${p.address}: objects string of the wrong length`);
      for (let b = 0; b < p.capacity; b++) {
        const o = byAddress.get(p.address + 48 + b * p.blockSize);
        const attr = decodeObjectAttr(attrs[b]);
        if (o === undefined) {
          if (attr !== null) wrong.push(`block ${b} of pool ${p.address} names an object`);
          continue;
        }
        inPools++;
        const t = attr === null ? undefined : snap.types[attr.type];
        if (states[b] !== 'o' || !t || t.name !== o.type || o.id - o.address !== t.header || attr!.gen !== generationCode(o.generation)) {
          wrong.push(`block ${b} of pool ${p.address}: ${states[b]} ${JSON.stringify(attr)} for ${o.type} ${o.generation}`);
        }
      }
    }
  }
  expect(wrong).toEqual([]);
  const raw = new Set(snap.raw.filter((r) => r.id !== null).map((r) => r.id));
  expect(inPools + objects.filter((o) => raw.has(o.id)).length).toBe(objects.length);
  const counts = new Map<string, number>();
  for (const o of objects) counts.set(o.type, (counts.get(o.type) ?? 0) + 1);
  expect(new Map(snap.types.map((t) => [t.name, t.count]))).toEqual(counts);
  expect(snap.totals.liveObjects).toBe(objects.length);
}

function snapshotAsLive(session: PanelSession, snap: Snapshot): Live {
  const pools: string[] = [];
  for (const a of snap.arenas) {
    for (const p of a.pools) {
      if (p.sizeClass < 0) continue;
      pools.push(`${a.index}/${p.address}/${p.sizeClass}:` + blockString(p.blocks, p.capacity).replace(/[oblr]/g, 'u'));
    }
  }
  const objects = allObjects(session, snap.position);
  checkMapAgainstTable(snap, objects);
  const ms = snap.mallocStats;
  const numpools = new Array(32).fill(0);
  const numblocks = new Array(32).fill(0);
  const numfreeblocks = new Array(32).fill(0);
  for (const c of ms.sizeClasses) {
    numpools[c.sizeClass] = c.poolsInUse;
    numblocks[c.sizeClass] = c.blocksInUse;
    numfreeblocks[c.sizeClass] = c.freeBlocks;
  }
  return {
    objects: objects.map((o) => ({ id: o.id, type: o.type, refcount: o.refcount, generation: o.generation, bufferBytes: o.bufferBytes })),
    pools,
    stats: {
      numpools,
      numblocks,
      numfreeblocks,
      narenas: ms.arenasInUse,
      ntimesArenaAllocated: ms.arenasAllocated,
      narenasHighwater: ms.arenasHighWater,
      numfreepools: ms.unusedPools,
      arenaAlignment: ms.bytesLostToArenaAlignment,
      arenaMapMidCount: undefined,
      arenaMapBotCount: undefined,
    },
    gc: { counts: snap.gc.counts, thresholds: snap.gc.thresholds, enabled: snap.gc.enabled },
    stdout: snap.stdout,
    frames: snap.frames.map((f) => f.function),
  };
}

class Stop {}

/** A fresh run of `src` read live at each of `positions` (one run: reading does not change the run). */
function liveAt(src: string, version: PythonVersion, positions: number[], count: number): Map<number, Live> {
  const want = new Set(positions);
  const out = new Map<number, Live>();
  const r = traceProgram(src, { version, filename: FILE, timeoutMs: 0 }, {
    onLine(rec, q) {
      if (want.has(q)) out.set(q, captureLive(rec));
    },
  });
  if (want.has(count + 1)) out.set(count + 1, captureLive(r.recorder));
  return out;
}

/** A fresh run of `src` stopped at position p, read live. */
function stoppedAt(src: string, version: PythonVersion, p: number, count: number): Live {
  let live: Live | null = null;
  const r = traceProgram(src, { version, filename: FILE, timeoutMs: 0 }, {
    onLine(rec, q) {
      if (q === p) {
        live = captureLive(rec);
        throw new Stop();
      }
    },
  });
  if (p === count + 1) live = captureLive(r.recorder);
  if (live === null) throw new Error(`position ${p} not reached`);
  return live;
}

/** snapshot(p), in the order given, equals the live state at p; a few positions from runs really stopped there. */
function checkPositions(src: string, version: PythonVersion, session: PanelSession, positions: number[], rnd: () => number): number {
  const count = session.run.timeline.count;
  const live = liveAt(src, version, positions, count);
  const stops = new Set([positions[0], positions[Math.floor(rnd() * positions.length)]]);
  for (const p of positions) {
    const snap = session.snapshot(p);
    expect(snap.position).toBe(p);
    expect(snap.exact).toBe(true);
    const expected = stops.has(p) ? stoppedAt(src, version, p, count) : live.get(p);
    expect(expected, `position ${p} reached`).toBeDefined();
    expect(snapshotAsLive(session, snap), `program:\n${src}\nversion ${version} position ${p}`).toEqual(expected);
  }
  return positions.length;
}

const HAND_WRITTEN = [
  // a cycle collected explicitly, a list of objects, a dict of lists, a closure
  'import gc\nclass Node:\n    def __init__(self, v):\n        self.v = v\n        self.next = None\na = Node(1)\nb = Node(2)\na.next = b\nb.next = a\nxs = [a, b, [1000, 2000]]\nd = {"k": xs}\ndel a, b\ngc.collect()\nprint(len(xs))\n',
  'def outer():\n    acc = []\n    def add(v):\n        acc.append(v * 1000)\n        return len(acc)\n    return add\nf = outer()\nfor i in range(5):\n    f(i)\nprint(f.__closure__[0].cell_contents)\n',
  // automatic collections (many containers), freelists (floats, tuples), buffers growing and shrinking
  'items = []\nfor i in range(900):\n    items.append([i])\nx = 0.5\nfor i in range(50):\n    x = x * 1.5\n    t = (x, i)\ndel items[100:]\nprint(len(items), x)\n',
  // a big raw block and a dict resized several times
  'big = bytearray(5000)\nd = {}\nfor i in range(100):\n    d[str(i)] = i * 1000\nbig = None\nprint(len(d))\n',
];

describe('panel: snapshot(p) equals a fresh run stopped at p', () => {
  it('hand-written programs, every position, all versions', () => {
    const rnd = mulberry(99);
    let compared = 0;
    for (const version of VERSIONS) {
      for (const src of HAND_WRITTEN) {
        const s = panelSession(src, { version, filename: FILE, recorder: { chunkWords: 256 } });
        expect(s.run.result.exitCode, s.run.result.stderr).toBe(0);
        const count = s.run.timeline.count;
        const all = Array.from({ length: count + 2 }, (_, i) => i).filter((p) => p > 0);
        // every position for short programs, a sample otherwise; backward after forward
        const ps = all.length <= 80 ? all : all.filter((_, i) => i % Math.ceil(all.length / 80) === 0).concat([count, count + 1]);
        compared += checkPositions(src, version, s, [...ps, ...ps.slice().reverse()], rnd);
      }
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('random programs, random positions in random order, all versions', () => {
    const rnd = mulberry(777);
    let compared = 0;
    for (let k = 0; k < 15; k++) {
      const src = k % 3 === 2 ? randomProgram(rnd) : randomHeapProgram(rnd);
      const version = VERSIONS[k % 3];
      const s = panelSession(src, { version, filename: FILE, recorder: { chunkWords: 64 + Math.floor(rnd() * 1024) } });
      expect(s.run.result.exitCode, src + s.run.result.stderr).toBe(0);
      const count = s.run.timeline.count;
      const ps = [count + 1, 1];
      for (let i = 0; i < 8; i++) ps.push(1 + Math.floor(rnd() * count));
      compared += checkPositions(src, version, s, ps, rnd);
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe('panel: mallocStats and freelists', () => {
  it('equal a real sys._debugmallocstats() report at the same point', () => {
    const src = [
      'import sys',
      'keep = [[i] for i in range(2000)]',
      'fl = [float(i) + 0.5 for i in range(30)]',
      'del fl',
      'sys._debugmallocstats()',
      'del keep',
      'sys._debugmallocstats()',
      '',
    ].join('\n');
    for (const version of VERSIONS) {
      const s = panelSession(src, { version, filename: FILE });
      const reports = s.run.result.stderr.split('Small block threshold').slice(1).map((r) => parseDebugMallocStats('Small block threshold' + r));
      expect(reports.length).toBe(2);
      let from = 0;
      for (const rep of reports) {
        const p = s.findLine(from, from === 0 ? 5 : 7, 1)!;
        from = p;
        const ms = s.snapshot(p).mallocStats;
        for (let i = 0; i < 32; i++) {
          const c = ms.sizeClasses.find((x) => x.sizeClass === i);
          expect([c?.poolsInUse ?? 0, c?.blocksInUse ?? 0, c?.freeBlocks ?? 0], `class ${i}`).toEqual([rep.numpools[i], rep.numblocks[i], rep.numfreeblocks[i]]);
        }
        expect(ms.arenasAllocated).toBe(rep.ntimesArenaAllocated);
        expect(ms.arenasInUse).toBe(rep.narenas);
        expect(ms.arenasHighWater).toBe(rep.narenasHighwater);
        expect(ms.unusedPools).toBe(rep.numfreepools);
        expect(ms.bytesLostToArenaAlignment).toBe(rep.arenaAlignment);
        expect(ms.totalBytes).toBe(ms.arenasInUse * 1024 * 1024);
        const fl = s.snapshot(p).freelists;
        for (const line of rep.freelists) {
          const m = /^free (\d+)-sized PyTupleObject$/.exec(line.blockName);
          const name = m ? `tuple[${m[1]}]` : line.blockName === 'free PyFloatObject' ? 'float' : line.blockName === 'free PyListObject' ? 'list' : line.blockName === 'free PyDictObject' ? 'dict' : null;
          if (name === null) continue;
          expect(fl.find((f) => f.name === name)?.size ?? 0, name).toBe(line.numBlocks);
        }
      }
    }
  });
});

describe('panel: find, findLine, timeline, current line', () => {
  it('finds positions by activity and line, and reports what a line execution does', () => {
    const src = 'import gc\nx = []\nfor i in range(3):\n    x.append([i * 1000])\ny = x\ndel x\nclass C:\n    pass\nc = C()\nc.me = c\ndel c\ngc.collect()\nprint(len(y))\n';
    // 3.13: its threshold (2000) leaves gc.collect() the only collection; on 3.12 the start-up counts
    // make `import gc` cross 700, so CPython 3.12 collects automatically first
    const s = panelSession(src, { filename: FILE, version: '3.13' });
    const count = s.run.timeline.count;
    const tl = s.run.timeline;
    expect(tl.points[0].position).toBe(0);
    expect(tl.points[tl.points.length - 1].position).toBe(count + 1);
    expect(tl.collections.length).toBeGreaterThanOrEqual(1);
    expect(tl.window).toEqual({ first: 0, last: count + 1, truncated: false });
    // line 4 runs three times
    const p1 = s.findLine(0, 4, 1)!;
    const p2 = s.findLine(p1, 4, 1)!;
    const p3 = s.findLine(p2, 4, 1)!;
    expect(s.findLine(p3, 4, 1)).toBeNull();
    expect(s.findLine(p3, 4, -1)).toBe(p2);
    const snap = s.snapshot(p2);
    expect(snap.line).toBe(4);
    expect(snap.current!.execution).toBe(2);
    // each list object is one the list freelist holds (CPython's start-up leaves some there:
    // profile.gcStartupFreelists), so only its item array is new
    expect(snap.current!.allocs.map((a) => a.type)).toEqual(['int', '<buffer>']);
    expect(snap.linesSoFar.find((l) => l.line === 4)!.execCount).toBe(2);
    // before the second execution: the first one allocated no object (0 is a small int, the list was reused)
    expect(snap.linesSoFar.find((l) => l.line === 4)!.allocObjects).toBe(0);
    // the gc.collect() line: a collection in its window, found by find(..., 'gc')
    const pg = s.find(0, 'gc', 1)!;
    expect(s.snapshot(pg).line).toBe(12);
    const cur = s.snapshot(pg).current!;
    expect(cur.collections.length).toBe(1);
    // CPython 3.11-3.13: gc.collect() returns 1 here (the instance; its attribute values are inline)
    expect(cur.collections[0]).toMatchObject({ generation: 2, reason: 'collect', collected: 1 });
    expect(cur.frees.filter((f) => f.type === 'C').length).toBe(1);
    expect(s.snapshot(pg + 1).gc.last).toMatchObject({ position: pg, generation: 2 });
    expect(s.find(pg, 'gc', 1)).toBeNull();
    // del x: the list loses a name, its refcount goes 2 → 1
    const pd = s.findLine(0, 6, 1)!;
    expect(s.snapshot(pd).current!.refChanges).toEqual([{ name: 'previous x', before: 2, after: 1, cause: 'del x' }]);
    const pa = s.find(pd, 'alloc', -1)!;
    expect(s.snapshot(pa).current!.allocs.length).toBeGreaterThan(0);
    expect(s.find(0, 'line', 1)).toBe(1);
    expect(s.find(count, 'line', 1)).toBeNull();
  });
});

describe('panel: reproducible runs and inspect', () => {
  it('every run of the same source gives the same ids, whatever ran before in the process', () => {
    const A = 'import gc, math\nclass Node:\n    def __init__(self, v):\n        self.v = v\nns = [Node(i * 1000) for i in range(5)]\nd = {"k": ns, "f": math.sqrt(2.0)}\ngc.collect()\nprint([id(n) for n in ns], id(d))\n';
    const B = 'import itertools, functools, collections, math, gc, sys, operator\nx = collections.OrderedDict((i, str(i)) for i in range(50))\ny = list(itertools.chain([1], [2]))\nz = functools.reduce(operator.add, range(10))\nprint(len(x), y, z, gc.isenabled(), math.pi, sys.maxsize)\n';
    for (const version of VERSIONS) {
      const run = (src: string) => traceProgram(src, { version, filename: FILE }).result.stdout;
      const a1 = run(A);
      run(B);
      const a2 = run(A);
      expect(a2).toBe(a1);
    }
  });

  function detailOf(src: string, version: PythonVersion, line: number, name: string) {
    const s = panelSession(src, { version, filename: FILE });
    expect(s.run.result.exitCode, s.run.result.stderr).toBe(0);
    const p = s.findLine(0, line, 1)!;
    const snap = s.snapshot(p);
    const objects = allObjects(s, p);
    const o = objects.find((x) => x.names.includes(name));
    expect(o, `${name} at line ${line}`).toBeDefined();
    const d = s.inspect(p, o!.id)!;
    expect(d).not.toBeNull();
    expect(d.object.id).toBe(o!.id);
    // every reference is explained: the edges sum to the refcount
    expect(d.unexplained, JSON.stringify(d.referrers)).toBe(0);
    expect(d.referrers.reduce((n, e) => n + e.count, 0)).toBe(o!.refcount);
    // the detail's related objects: the live traced objects among its holders and referents
    const linked = new Set([...d.referrers.map((e) => e.from), ...d.referents.map((e) => e.to)]);
    expect(d.related.map((x) => x.id).sort((a, b) => a - b)).toEqual(objects.filter((x) => linked.has(x.id) && x.id !== o!.id).map((x) => x.id));
    return { s, p, snap, objects, o: o!, d };
  }

  it('a cycle: the instance is held by the other node, a name, and a list', () => {
    const src = 'class Node:\n    def __init__(self, v):\n        self.v = v\n        self.next = None\na = Node(1)\nb = Node(2)\na.next = b\nb.next = a\nkeep = [a]\nprint(a.v)\n';
    for (const version of VERSIONS) {
      const { d, objects } = detailOf(src, version, 10, 'a');
      const b = objects.find((x) => x.names.includes('b'))!;
      const labels = d.referrers.map((e) => e.label).sort();
      expect(labels).toContain('[0]');
      expect(labels).toContain('.next');
      expect(labels).toContain('global a');
      expect(d.referents.some((e) => e.label === '.next' && e.to === b.id) || d.referents.some((e) => e.to === b.id)).toBe(true);
      expect(d.repr).toMatch(/^<__main__\.Node object at 0x[0-9a-f]+>$/);
    }
  });

  it('a list of objects, a dict of lists, a closure', () => {
    for (const version of VERSIONS) {
      const l = detailOf('xs = [float(i) + 0.5 for i in range(4)]\nys = xs\nprint(len(xs))\n', version, 3, 'xs');
      expect(l.d.referents.map((e) => e.label)).toEqual(['[0]', '[1]', '[2]', '[3]']);
      expect(l.d.repr).toBe('[0.5, 1.5, 2.5, 3.5]');
      // previews of scalars are their reprs
      const items = l.d.referents.map((e) => l.d.related.find((o) => o.id === e.to)!);
      expect(items.map((o) => o.preview)).toEqual(['0.5', '1.5', '2.5', '3.5']);
      expect(l.o.refcount).toBe(2);
      const dl = detailOf('d = {"a": [1000], "b": [2000, 3000]}\nv = d["b"]\nprint(len(v))\n', version, 3, 'v');
      expect(dl.d.referrers.map((e) => e.label).sort()).toEqual(["['b']", 'global v']);
      expect(dl.d.repr).toBe('[2000, 3000]');
      expect(dl.d.referents.map((e) => dl.d.related.find((o) => o.id === e.to)!.preview)).toEqual(['2000', '3000']);
      const src = 'def outer():\n    acc = [1000]\n    def inner():\n        return len(acc)\n    return inner\nf = outer()\nn = f()\nprint(n)\n';
      const c = detailOf(src, version, 8, 'f');
      expect(c.d.referents.some((e) => e.label.includes('closure'))).toBe(true);
      // the cell the closure keeps, and the list in it
      const s = c.s;
      const cell = allObjects(s, c.p).find((o) => o.type === 'cell')!;
      const cd = s.inspect(c.p, cell.id)!;
      expect(cd.unexplained).toBe(0);
      expect(cd.referents.map((e) => e.label)).toEqual(['cell contents']);
    }
  });
});

describe('panel: a truncated recording', () => {
  it('seeks within the window kept by the budget; find and findLine enter it from outside', () => {
    const src = 'x = []\nfor i in range(3000):\n    x = [i * 1000]\nprint(len(x))\n';
    const s = panelSession(src, { filename: FILE, recorder: { budgetBytes: 96 * 1024, chunkWords: 2048 } });
    const w = s.run.timeline.window;
    expect(w.truncated).toBe(true);
    expect(w.first).toBeGreaterThan(1);
    expect(w.last).toBe(s.run.timeline.count + 1);
    const p = s.findLine(0, 3, 1)!;
    expect(p).toBeGreaterThanOrEqual(w.first);
    expect(s.snapshot(p).line).toBe(3);
    expect(s.find(0, 'alloc', 1)).toBeGreaterThanOrEqual(w.first);
    // before the window: clamped to its first position
    expect(s.snapshot(0).position).toBe(w.first);
    const count = s.run.timeline.count;
    for (const q of [w.first, p, count]) {
      expect(snapshotAsLive(s, s.snapshot(q)), `position ${q}`).toEqual(stoppedAt(src, '3.12', q, count));
    }
  });
});

// ---------------------------------------------------------------- the objects table (paged query)

/** Every row of a query, fetched `pageRows` at a time. */
function pages(s: PanelSession, p: number, column: ObjectColumn, descending: boolean, filter: string, pageRows: number): { rows: ObjectView[]; total: number } {
  const rows: ObjectView[] = [];
  let total = -1;
  for (let offset = 0; ; offset += pageRows) {
    const page = s.objects(p, { sort: column, descending, filter, offset, limit: pageRows });
    expect(page.query.offset).toBe(offset);
    if (total < 0) total = page.total;
    expect(page.total).toBe(total);
    rows.push(...page.rows);
    if (page.rows.length < pageRows) return { rows, total };
  }
}

describe('panel: stepping forward moves the replay on', () => {
  it('gives the snapshots and tables that replaying each position from its checkpoint gives, across chunks', () => {
    const src = 'xs = []\nfor i in range(60):\n    xs.append((i, str(i)))\n    if i % 7 == 0:\n        del xs[0]\nprint(len(xs))\n';
    const opts = { filename: FILE, version: '3.12' as const, recorder: { chunkWords: 512 } };
    const forward = panelSession(src, opts);
    const backward = panelSession(src, opts);
    const count = forward.run.timeline.count;
    const positions = Array.from({ length: count + 2 }, (_, p) => p);
    const fw = positions.map((p) => [forward.snapshot(p), forward.objects(p, { sort: 'refcount', descending: true, filter: '', offset: 0, limit: 50 })]);
    const bw = [...positions].reverse().map((p) => [backward.snapshot(p), backward.objects(p, { sort: 'refcount', descending: true, filter: '', offset: 0, limit: 50 })]).reverse();
    expect(fw).toEqual(bw);
  });
});

describe('panel: the objects table query', () => {
  const SRC = [
    'class Node:',
    '    def __init__(self, v):',
    '        self.v = v',
    '        self.next = None',
    'nodes = [Node(i) for i in range(40)]',
    'for a, b in zip(nodes, nodes[1:]):',
    '    a.next = b',
    'vals = [i * 1.5 for i in range(700)]',
    'words = {str(i): (i, i * 2.5) for i in range(200)}',
    'head = nodes[0]',
    'del nodes',
    'print(len(vals), len(words))',
    '',
  ].join('\n');

  it('sorts by every column in both directions and pages across the whole set, as the engine holds it', () => {
    const s = panelSession(SRC, { filename: FILE, version: '3.12' });
    expect(s.run.result.exitCode, s.run.result.stderr).toBe(0);
    const count = s.run.timeline.count;
    for (const p of [s.findLine(0, 11, 1)!, count + 1]) {
      const all = allObjects(s, p, 97);
      expect(all.length).toBeGreaterThan(MAX_OBJECT_ROWS);
      // the table is the engine's own state: ids, types and refcounts of the live heap
      expect(snapshotAsLive(s, s.snapshot(p)).objects).toEqual(stoppedAt(SRC, '3.12', p, count).objects);
      for (const column of OBJECT_COLUMNS) {
        for (const descending of [false, true]) {
          const got = pages(s, p, column, descending, '', 128);
          expect(got.total).toBe(all.length);
          expect(got.rows.map((o) => o.id), `${column} ${descending ? 'descending' : 'ascending'}`).toEqual(referenceOrder(all, column, descending).map((o) => o.id));
        }
      }
    }
  });

  it('filters by type, name, value, id and line over all objects, then sorts and pages the matches', () => {
    const s = panelSession(SRC, { filename: FILE, version: '3.12' });
    const p = s.findLine(0, 11, 1)!;
    const all = allObjects(s, p);
    const node = all.find((o) => o.names.includes('head'))!;
    const hexPart = node.id.toString(16).slice(-5);
    for (const filter of ['node', 'HEAD', '7.5', 'tuple', hexPart, `0x${node.id.toString(16)}`, 'line 9', '8', 'no such thing']) {
      const want = referenceFilter(all, filter.toLowerCase());
      for (const [column, descending] of [['size', true], ['names', false], ['line', false]] as const) {
        const got = pages(s, p, column, descending, filter, 50);
        expect(got.total, filter).toBe(want.length);
        expect(got.rows.map((o) => o.id), `${filter} by ${column}`).toEqual(referenceOrder(want, column, descending).map((o) => o.id));
      }
    }
    expect(pages(s, p, 'id', false, 'node', 1000).rows.filter((o) => o.type === 'Node').length).toBe(40);
    expect(pages(s, p, 'id', false, `0x${node.id.toString(16)}`, 1000).rows.map((o) => o.id)).toEqual([node.id]);
  });

  it('looks objects up by id, clamps the page size, and answers the same again after another position', () => {
    const s = panelSession(SRC, { filename: FILE, version: '3.12' });
    const p = s.findLine(0, 11, 1)!;
    const all = allObjects(s, p);
    const pick = [all[5], all[700], all[0]];
    const q = { sort: 'size', descending: true, filter: 'x', offset: 3, limit: 1 } as const;
    const found = s.objects(p, { ...q, ids: [pick[0].id, 12345, pick[1].id, pick[2].id] });
    expect(found.rows).toEqual(pick);
    expect(found.total).toBe(3);
    expect(found.live).toBe(all.length);
    const big = s.objects(p, { sort: 'id', descending: false, filter: '', offset: 0, limit: 5000 });
    expect(big.rows.length).toBe(MAX_OBJECT_ROWS);
    expect(big.query.limit).toBe(MAX_OBJECT_ROWS);
    expect(big.rows).toEqual(all.slice(0, MAX_OBJECT_ROWS));
    const first = s.objects(p, { sort: 'refcount', descending: true, filter: 'float', offset: 20, limit: 30 });
    s.objects(1, { sort: 'refcount', descending: true, filter: 'float', offset: 0, limit: 30 });
    s.objects(s.run.timeline.count + 1, { sort: 'line', descending: false, filter: '', offset: 0, limit: 30 });
    expect(s.objects(p, { sort: 'refcount', descending: true, filter: 'float', offset: 20, limit: 30 })).toEqual(first);
    // past the end: no rows, the total still counted
    const past = s.objects(p, { sort: 'id', descending: false, filter: '', offset: all.length + 10, limit: 30 });
    expect([past.rows.length, past.total]).toEqual([0, all.length]);
  });
});

describe('panel protocol helpers', () => {
  it('run-length encodes block strings and object characters, and decodes them back', () => {
    const rnd = mulberry(7);
    for (let k = 0; k < 200; k++) {
      const n = 1 + Math.floor(rnd() * 1021);
      const alphabet = [46, 102, 111, 98, 114, 108, objectAttr(0, 0), objectAttr(3, 5), objectAttr(MAX_ATTR_TYPE, 6)];
      const codes = new Uint16Array(n);
      let c = alphabet[0];
      for (let i = 0; i < n; i++) {
        if (rnd() < 0.2) c = alphabet[Math.floor(rnd() * alphabet.length)];
        codes[i] = c;
      }
      const enc = encodeRuns(codes);
      expect(enc.length).toBeLessThanOrEqual(5 * n);
      const back = new Uint16Array(n);
      expect(decodeRuns(enc, back)).toBe(n);
      expect(back).toEqual(codes);
      // JSON keeps the characters as they are (no escapes)
      expect(JSON.parse(JSON.stringify(enc))).toBe(enc);
    }
    expect(encodeRuns(Uint8Array.from([111, 111, 111, 102, 46, 46]))).toBe('o3f.2');
    expect(decodeObjectAttr(objectAttr(12, 4))).toEqual({ type: 12, gen: 4 });
    expect(decodeObjectAttr('-'.charCodeAt(0))).toBeNull();
  });

  it('accepts well-formed object queries only (a webview is untrusted input)', () => {
    const q = { sort: 'size', descending: true, filter: 'x', offset: 0, limit: 200 };
    expect(isObjectQuery(q)).toBe(true);
    expect(isObjectQuery({ ...q, ids: [1, 2] })).toBe(true);
    for (const bad of [null, 3, { ...q, sort: 'evil' }, { ...q, offset: -1 }, { ...q, limit: 1.5 }, { ...q, descending: 'yes' }, { ...q, filter: 'x'.repeat(201) }, { ...q, ids: [Infinity] }, { ...q, ids: new Array(MAX_OBJECT_ROWS + 1).fill(1) }]) {
      expect(isObjectQuery(bad), JSON.stringify(bad)?.slice(0, 60)).toBe(false);
    }
  });
});
