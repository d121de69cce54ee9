/**
 * The heap panel's engine side (protocol/heap.ts): `panelSession(source, options)` runs the program once
 * with the trace recorder and answers, from the recording,
 *
 *   snapshot(p)      the state at position p (restore the checkpoint of p's chunk, replay ≤ 1 chunk):
 *                    arenas → pools → blocks (the arena mirror, arenas.ts), objects with refcounts,
 *                    generations, names and owned buffers, freelists, sys._debugmallocstats() numbers,
 *                    gc counters, frames, what the line about to run will do, per-line totals so far;
 *   find / findLine  positions with activity of a kind, or where a line runs (per-position arrays);
 *   objects(p, q)    a page of the live objects at p, sorted and filtered (objecttable.ts; the table of the
 *                    last few positions is kept, so paging, sorting and searching do not replay again);
 *   inspect(p, id)   one object's referents and referrers: the program is re-run (deterministically: ids
 *                    are the recorded ones) and stopped at p, and the live heap is examined (inspect.ts).
 *
 * A snapshot costs what the panel draws, not one view per live object: the arena map (run-length encoded
 * block states and the type and generation of each block's object), the per-type counts, and the small
 * views (frames, freelists, stats). Objects are fetched a page at a time. The arena map is kept from one
 * snapshot to the next and only the pools the events in between touched are encoded again (heapmap.ts).
 *
 * Positions are the recorder's line events of the analysed file: position p (1 ≤ p ≤ count) is the state
 * right after the p-th such event (the line is about to run), 0 the state when the recorder attached
 * (before the module's frame started), count + 1 the state at the end of the recording.
 */
import type { AnalyzeOptions, PythonVersion } from '../../protocol/analysis';
import type {
  CollectionView, CurrentLineActivity, FrameView, FreelistView, GcView, MallocStats, ObjectDetail,
  ObjectPage, ObjectQuery, ObjectView, PanelRun, PanelSession, Snapshot, StepKind, TimelinePoint, TimelineView,
} from '../../protocol/heap';
import { ObjectTable, TableCapture, type TableSource } from './objecttable';
import { HeapMapCache } from './heapmap';
import { traceProgram, type TraceRun } from './analyze';
import type { Recorder, RecorderOptions, CollectionRecord } from './recorder';
import { POS_ALLOC, POS_FREE, POS_GC } from './recorder';
import { Ev, addrOf, pymallocBlock, type Chunk } from './events';
import { MirrorState, F_OBJECT, type Checkpoint } from './state';
import { LineTotals } from './summary';
import { obmallocAccounting } from '../memory/debugmallocstats';
import { FREELIST_LIMITS } from '../memory/freelist';
import { inspectAt, type InspectCache } from './inspect';
import { getProfile } from '../profiles/index';

export type PanelOptions = AnalyzeOptions & { recorder?: RecorderOptions };

const REASON_NAMES = ['auto', 'collect', 'shutdown'];

/** Object tables kept (the positions most recently queried). */
const TABLES_KEPT = 2;
/** Words of events a cursor may replay to the end of its chunk rather than restoring the next checkpoint. */
const CURSOR_CROSS_WORDS = 1 << 16;

/** A replayed state: the mirror at a position plus where its replay stopped. */
interface Replayed {
  st: MirrorState;
  totals: LineTotals;
  chunk: Chunk<Checkpoint>;
  /** word index of the next record in `chunk` */
  next: number;
  chunkIndex: number;
  /** the checkpoint the state was restored from (its map changes since are tracked: HeapMapCache) */
  origin: Checkpoint;
}

export function panelSession(source: string, options: PanelOptions = {}): PanelSession {
  const { recorder: recOptions, ...analyzeOptions } = options;
  const run = traceProgram(source, analyzeOptions, recOptions ?? {});
  return new Session(source, analyzeOptions, recOptions ?? {}, run);
}

class Session implements PanelSession {
  readonly run: PanelRun;
  private readonly rec: Recorder;
  private readonly count: number;
  private readonly version: PythonVersion;
  private inspectCache: InspectCache | null = null;
  /** a replayed state no table or answer refers to, for the next replay to move on from */
  private cursor: Replayed | null = null;
  /** object tables of recently queried positions, oldest first (a snapshot's position: its capture until asked) */
  private tables: { position: number; table: ObjectTable | null; capture: TableCapture | null; source: TableSource }[] = [];
  /** the arena map of the last snapshot, updated by what changed (heapmap.ts) */
  private readonly heapMap: HeapMapCache;

  constructor(
    private readonly source: string,
    private readonly options: AnalyzeOptions,
    private readonly recOptions: RecorderOptions,
    traced: TraceRun,
  ) {
    this.rec = traced.recorder;
    this.heapMap = new HeapMapCache(this.rec.tables);
    this.count = this.rec.state.positions;
    this.version = options.version ?? '3.12';
    const { extra: _extra, ...result } = traced.result;
    this.run = {
      file: options.filename ?? '<string>',
      version: this.version,
      source,
      result,
      timeline: this.timeline(),
    };
  }

  // ================================================================ positions and replay

  /** First and last position that can be sought. */
  private get window(): { first: number; last: number; truncated: boolean } {
    const log = this.rec.log;
    const truncated = log.droppedChunks > 0;
    const first = truncated ? log.chunks[0].checkpoint.positions + 1 : 0;
    return { first, last: this.count + 1, truncated };
  }

  private clamp(p: number): number {
    const w = this.window;
    return Math.max(w.first, Math.min(w.last, Math.floor(Number.isFinite(p) ? p : 0)));
  }

  /** Index of the last chunk whose checkpoint has fewer than `p` positions (p ≥ 1). */
  private chunkIndexFor(p: number): number {
    const cs = this.rec.log.chunks;
    let lo = 0;
    let hi = cs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cs[mid].checkpoint.positions < p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private chunkEnd(c: Chunk<Checkpoint>): number {
    return c === this.rec.log.cur ? this.rec.log.n : c.used;
  }

  /**
   * The mirror state at position p (already clamped). Replaying restores the checkpoint of p's chunk and
   * applies its events up to p (a chunk of a large heap holds millions of events: its size follows the
   * heap's); when the cursor (the state the last snapshot or table left, not shared with anything) is at or
   * before p in the same chunk, it is moved on instead, so stepping forward costs only the steps' events.
   */
  private replay(p: number): Replayed {
    const c = this.cursor;
    if (c !== null && p >= 1 && p <= this.count && c.st.positions <= p) {
      const target = this.chunkIndexFor(p);
      if (target === c.chunkIndex || (target === c.chunkIndex + 1 && this.chunkEnd(c.chunk) - c.next <= CURSOR_CROSS_WORDS)) {
        this.cursor = null;
        this.advance(c, p);
        return c;
      }
    }
    const cs = this.rec.log.chunks;
    let ci: number;
    if (p === 0) ci = 0;
    else if (p > this.count) ci = cs.length - 1;
    else ci = this.chunkIndexFor(p);
    const chunk = cs[ci];
    const st = MirrorState.restore(this.rec.tables, chunk.checkpoint);
    HeapMapCache.track(st);
    const totals = LineTotals.unpack(chunk.checkpoint.lineTotals);
    st.sink = totals;
    let i = 0;
    if (p > 0) {
      const end = this.chunkEnd(chunk);
      if (p > this.count) {
        while (i < end) i = st.apply(chunk.words, i);
      } else {
        while (st.positions < p && i < end) i = st.apply(chunk.words, i);
      }
    }
    return { st, totals, chunk, next: i, chunkIndex: ci, origin: chunk.checkpoint };
  }

  /** Apply events to a replayed state until it is at position p (≤ count), into the next chunks as needed. */
  private advance(r: Replayed, p: number): void {
    const cs = this.rec.log.chunks;
    while (r.st.positions < p) {
      if (r.next >= this.chunkEnd(r.chunk)) {
        if (r.chunkIndex + 1 >= cs.length) break;
        // the next chunk continues exactly where this one ended
        r.chunkIndex++;
        r.chunk = cs[r.chunkIndex];
        r.next = 0;
        continue;
      }
      r.next = r.st.apply(r.chunk.words, r.next);
    }
  }

  // ================================================================ snapshot

  snapshot(position: number): Snapshot {
    const p = this.clamp(position);
    const r = this.replay(p);
    const st = r.st;
    const { arenas, raw, types } = this.heapMap.views(st, r.origin);
    // the objects of p from this replay (the panel asks for its first page next): replaying p again later
    // would cost far more than copying their columns now (the table is made from the copy when asked)
    this.tableAt(p, st);
    const snap: Snapshot = {
      position: p,
      step: st.step,
      line: p >= 1 && p <= this.count ? this.rec.posLines[p] : 0,
      arenas,
      raw,
      types,
      freelists: this.freelistViews(st),
      mallocStats: this.mallocStats(st),
      gc: this.gcView(st, p),
      frames: this.frameViews(st),
      current: null,
      linesSoFar: r.totals.view(),
      stdout: this.rec.stdout.slice(0, st.stdoutPieces).join(''),
      stderr: this.rec.stderr.slice(0, st.stderrPieces).join(''),
      totals: {
        liveObjects: st.liveObjects,
        liveBytes: st.liveBytes,
        liveBlockBytes: st.liveBlockBytes,
        peakBytes: st.peakBytes,
        arenas: st.arenas.arenas.size,
      },
      exact: p === 0 || p <= this.rec.rcExactUntilPos,
    };
    if (p >= 1 && p <= this.count) snap.current = this.currentActivity(r, p, snap.line);
    // the state is now at the next position (currentActivity replayed the line up to the next line event):
    // the next step starts there; at the last position it ran on to the end of the recording instead
    if (p === 0 || (p <= this.count && r.st.positions > p)) this.cursor = r;
    return snap;
  }

  /**
   * The objects table of position p (already clamped): kept for the last few positions queried. With
   * `replayed` (a snapshot's state at p), the live objects are only copied out of it (TableCapture: the
   * state replays on), and the table is made from the copy when p's objects are first asked for.
   */
  private tableAt(p: number, replayed?: MirrorState): ObjectTable | null {
    const i = this.tables.findIndex((x) => x.position === p);
    if (i >= 0) {
      const [hit] = this.tables.splice(i, 1);
      this.tables.push(hit);
      if (replayed === undefined && hit.table === null) {
        hit.table = new ObjectTable(hit.capture!, this.rec.tables, hit.source);
        hit.capture = null;
      }
      return hit.table;
    }
    const r = replayed === undefined ? this.replay(p) : null;
    const st = replayed ?? r!.st;
    const previews = this.rec.previews;
    const source: TableSource = { preview: (seq) => previews.get(seq) ?? '', names: this.namesByAddr(st) };
    const capture = new TableCapture(st);
    const table = replayed === undefined ? new ObjectTable(capture, this.rec.tables, source) : null;
    // the capture copied what the table needs: the replayed state can go on as the cursor
    if (r !== null && p <= this.count) this.cursor = r;
    this.tables.push({ position: p, table, capture: table === null ? capture : null, source });
    if (this.tables.length > TABLES_KEPT) this.tables.shift();
    return table;
  }

  /** The objects table of position p (already clamped), made now if it is not yet. */
  private table(p: number): ObjectTable {
    return this.tableAt(p)!;
  }

  objects(position: number, query: ObjectQuery): ObjectPage {
    const p = this.clamp(position);
    return this.table(p).page(p, query);
  }

  /** Names bound to each object id: frames innermost first (`function.name`), then globals. */
  private namesByAddr(st: MirrorState): Map<number, string[]> {
    const t = this.rec.tables;
    const out = new Map<number, string[]>();
    const add = (id: number, name: string) => {
      const l = out.get(id);
      if (l === undefined) out.set(id, [name]);
      else l.push(name);
    };
    for (let i = st.frames.length - 1; i >= 0; i--) {
      const f = st.frames[i];
      const fn = t.codeNames[f.codeId];
      const keys = [...f.locals.keys()].sort((a, b) => (t.names[a] < t.names[b] ? -1 : t.names[a] > t.names[b] ? 1 : 0));
      for (const k of keys) add(f.locals.get(k)!.addr, `${fn}.${t.names[k]}`);
    }
    const gkeys = [...st.globals.keys()].sort((a, b) => (t.names[a] < t.names[b] ? -1 : t.names[a] > t.names[b] ? 1 : 0));
    for (const k of gkeys) add(st.globals.get(k)!.addr, t.names[k]);
    return out;
  }

  private freelistViews(st: MirrorState): FreelistView[] {
    const t = this.rec.tables;
    const lim = FREELIST_LIMITS[this.version];
    const names = ['float', 'list', 'dict'];
    for (let n = 1; n <= lim.tupleMaxSaveSize; n++) names.push(`tuple[${n}]`);
    for (const k of st.freelists.keys()) if (!names.includes(k)) names.push(k);
    const limitOf = (k: string): number => {
      if (k.startsWith('tuple[')) return lim.tuple;
      const v = (lim as unknown as Record<string, number>)[k];
      return typeof v === 'number' ? v : 0;
    };
    return names.map((name) => {
      const addrs = st.freelists.get(name) ?? [];
      const ids = addrs.map((a) => {
        const s = st.slotOf.get(a);
        return s === undefined ? a : a + t.typeHdr[st.typeId[s]];
      });
      return { name, ids, size: addrs.length, limit: limitOf(name) };
    });
  }

  private mallocStats(st: MirrorState): MallocStats {
    const s = st.arenas.stats();
    const acc = obmallocAccounting(s);
    const sizeClasses = [];
    for (let i = 0; i < s.numpools.length; i++) {
      if (s.numpools[i] === 0) continue;
      sizeClasses.push({
        sizeClass: i,
        blockSize: (i + 1) << 4,
        poolsInUse: s.numpools[i],
        blocksInUse: s.numblocks[i],
        freeBlocks: s.numfreeblocks[i],
      });
    }
    return {
      sizeClasses,
      arenasAllocated: s.ntimesArenaAllocated,
      arenasReclaimed: s.ntimesArenaAllocated - s.narenas,
      arenasHighWater: s.narenasHighwater,
      arenasInUse: s.narenas,
      bytesInAllocatedBlocks: acc.allocatedBytes,
      bytesInAvailableBlocks: acc.availableBytes,
      unusedPools: s.numfreepools,
      bytesLostToPoolHeaders: acc.poolHeaderBytes,
      bytesLostToQuantization: acc.quantization,
      bytesLostToArenaAlignment: acc.arenaAlignment,
      totalBytes: acc.total,
    };
  }

  private collectionView(c: CollectionRecord): CollectionView {
    return {
      position: c.position,
      step: c.step,
      line: c.line,
      generation: c.generation as 0 | 1 | 2,
      reason: REASON_NAMES[c.reason] ?? 'auto',
      examined: c.examined,
      unreachable: c.unreachable,
      collected: c.collected,
      uncollectable: c.uncollectable,
      promoted: c.promoted,
    };
  }

  /** Index of the first collection whose position is >= p. */
  private collectionsBefore(p: number): number {
    const cs = this.rec.collections;
    let lo = 0;
    let hi = cs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cs[mid].position < p) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private gcView(st: MirrorState, p: number): GcView {
    const k = this.collectionsBefore(p);
    return {
      counts: [st.gcCounts[0], st.gcCounts[1], st.gcCounts[2]],
      thresholds: [st.gcThresholds[0], st.gcThresholds[1], st.gcThresholds[2]],
      enabled: st.gcEnabled,
      collections: [st.gcCollections[0], st.gcCollections[1], st.gcCollections[2]],
      last: k > 0 ? this.collectionView(this.rec.collections[k - 1]) : null,
    };
  }

  /** Frames innermost first; locals of frames running the analysed file. */
  private frameViews(st: MirrorState): FrameView[] {
    const t = this.rec.tables;
    const out: FrameView[] = [];
    for (let i = st.frames.length - 1; i >= 0; i--) {
      const f = st.frames[i];
      const keys = [...f.locals.keys()].sort((a, b) => (t.names[a] < t.names[b] ? -1 : t.names[a] > t.names[b] ? 1 : 0));
      const locals = keys.map((k) => {
        const b = f.locals.get(k)!;
        const block = b.addr - t.typeHdr[b.typeId];
        const s = st.slotOf.get(block);
        const traced = s !== undefined && (st.flags[s] & F_OBJECT) !== 0 && st.typeId[s] === b.typeId;
        const preview = traced ? (this.rec.previews.get(st.seq[s!]) ?? '') : '';
        return { name: t.names[k], id: traced ? b.addr : null, type: t.typeNames[b.typeId], preview };
      });
      out.push({ function: t.codeNames[f.codeId], line: f.line, locals });
    }
    return out;
  }

  /**
   * What the line execution at position p does: replay on from p to the next position (or the end),
   * listing allocations, frees, (re)bindings and collections.
   */
  private currentActivity(r: Replayed, p: number, line: number): CurrentLineActivity {
    const st = r.st;
    const t = this.rec.tables;
    const execution = r.totals.lines.get(line)?.[1] ?? 0;
    const allocs: CurrentLineActivity['allocs'] = [];
    const frees: CurrentLineActivity['frees'] = [];
    const binds: { name: string; cur: number; curType: number; old: number; oldType: number }[] = [];
    const cs = this.rec.log.chunks;
    let ci = r.chunkIndex;
    let chunk = r.chunk;
    let i = r.next;
    let end = this.chunkEnd(chunk);
    for (;;) {
      if (i >= end) {
        if (ci + 1 >= cs.length) break;
        // the next chunk continues exactly where this one ended
        ci++;
        chunk = cs[ci];
        i = 0;
        end = this.chunkEnd(chunk);
        continue;
      }
      const w = chunk.words;
      const w0 = w[i];
      const kind = (w0 & 15) as Ev;
      const pl = w0 >>> 4;
      if (kind === Ev.ALLOC) {
        const typeId = pl >>> 2;
        const addr = addrOf(w[i + 1], w[i + 2]);
        const req = w[i + 3];
        const block = pl & 1 ? w[i + 4] : pymallocBlock(req);
        allocs.push({ id: addr + t.typeHdr[typeId], type: t.typeNames[typeId], size: req, blockSize: block, address: addr });
      } else if (kind === Ev.FREE) {
        const addr = addrOf(w[i + 1], w[i + 2]);
        const s = st.slotOf.get(addr);
        if (s !== undefined) {
          const typeId = st.typeId[s];
          frees.push({ id: addr + t.typeHdr[typeId], type: t.typeNames[typeId], size: st.req[s], address: addr });
        }
      } else if (kind === Ev.BIND) {
        const scope = pl & 3;
        const nameId = pl >>> 2;
        const m = scope === 1 ? st.globals : st.frames[scope === 2 ? w[i + 4] : st.frames.length - 1]?.locals;
        const old = m?.get(nameId);
        binds.push({
          name: t.names[nameId],
          cur: addrOf(w[i + 2], w[i + 3]),
          curType: w[i + 1],
          old: old?.addr ?? 0,
          oldType: old?.typeId ?? 0,
        });
      }
      const before = st.positions;
      i = st.apply(w, i);
      if (st.positions > before) break;
    }
    // refcounts after the line (the recorder compared them at the next position); immortal objects are
    // not listed (their count does not change)
    const profile = getProfile(this.version);
    const rcOf = (addr: number, typeId: number): number | null => {
      const s = st.slotOf.get(addr - t.typeHdr[typeId]);
      if (s === undefined || !(st.flags[s] & F_OBJECT)) return null;
      return profile.immortal && st.rc[s] >= profile.immortalRefcnt ? null : st.rc[s];
    };
    const refChanges: CurrentLineActivity['refChanges'] = [];
    for (const b of binds) {
      if (b.cur !== 0) {
        const rc = rcOf(b.cur, b.curType);
        if (rc !== null) refChanges.push({ name: b.name, before: rc - 1, after: rc, cause: `bound to ${b.name}` });
      }
      if (b.old !== 0) {
        const s = st.slotOf.get(b.old - t.typeHdr[b.oldType]);
        const live = s !== undefined && (st.flags[s] & F_OBJECT) !== 0;
        const freed = !live && frees.some((f) => f.id === b.old);
        const rc = live ? rcOf(b.old, b.oldType) : null;
        if (freed || rc !== null) {
          const after = rc ?? 0;
          refChanges.push({ name: `previous ${b.name}`, before: after + 1, after, cause: b.cur === 0 ? `del ${b.name}` : `${b.name} rebound` });
        }
      }
    }
    const k0 = this.collectionsBefore(p);
    const k1 = this.collectionsBefore(p + 1);
    const collections = this.rec.collections.slice(k0, k1).map((c) => this.collectionView(c));
    // where the replay stopped (the caller keeps the state as its cursor)
    r.chunk = chunk;
    r.chunkIndex = ci;
    r.next = i;
    return { line, execution, allocs, frees, refChanges, collections };
  }

  // ================================================================ timeline, find

  private timeline(): TimelineView {
    const tl = this.rec.timeline;
    const points: TimelinePoint[] = [];
    const w = this.window;
    if (w.first === 0 && (tl.pos.length === 0 || tl.pos[0] !== 0)) {
      const cp = this.rec.log.chunks[0].checkpoint;
      points.push({ position: 0, line: 0, liveBytes: cp.liveBytes, liveObjects: cp.liveObjects, arenas: cp.arenas.arenas.length });
    }
    for (let i = 0; i < tl.pos.length; i++) {
      points.push({ position: tl.pos[i], line: tl.line[i], liveBytes: tl.bytes[i], liveObjects: tl.objects[i], arenas: tl.arenas[i] });
    }
    const st = this.rec.state;
    points.push({ position: this.count + 1, line: 0, liveBytes: st.liveBytes, liveObjects: st.liveObjects, arenas: st.arenas.arenas.size });
    return {
      count: this.count,
      points,
      collections: this.rec.collections.map((c) => this.collectionView(c)),
      window: w,
    };
  }

  find(from: number, kind: StepKind, dir: 1 | -1): number | null {
    const w = this.window;
    const p0 = Math.floor(from);
    if (kind === 'line') {
      const lo = Math.max(w.first, 1);
      const q = this.firstCandidate(p0, dir, lo);
      return q >= lo && q <= this.count ? q : null;
    }
    const bit = kind === 'alloc' ? POS_ALLOC : kind === 'free' ? POS_FREE : POS_GC;
    const flags = this.rec.posFlags;
    for (let q = this.firstCandidate(p0, dir, w.first); q >= w.first && q <= this.count; q += dir) if (flags[q] & bit) return q;
    return null;
  }

  /** The first position after (dir = 1) or before (dir = -1) `from`, entering the window from outside. */
  private firstCandidate(from: number, dir: 1 | -1, first: number): number {
    const q = from + dir;
    return dir === 1 ? Math.max(q, first) : Math.min(q, this.count);
  }

  findLine(from: number, line: number, dir: 1 | -1): number | null {
    const w = this.window;
    const lines = this.rec.posLines;
    const lo = Math.max(1, w.first);
    for (let q = this.firstCandidate(Math.floor(from), dir, lo); q >= lo && q <= this.count; q += dir) if (lines[q] === line) return q;
    return null;
  }

  // ================================================================ inspect

  inspect(position: number, id: number): ObjectDetail | null {
    const p = this.clamp(position);
    const table = this.table(p);
    const view = table.viewOf(id);
    const r = inspectAt(this.source, this.options, p, this.count, id, this.inspectCache);
    this.inspectCache = r.cache;
    if (r.detail === null) return null;
    const object: ObjectView = view ?? r.detail.object;
    // the live traced objects it is linked to (the graph names them and makes them selectable)
    const related: ObjectView[] = [];
    const seen = new Set<number>([object.id]);
    for (const e of [...r.detail.referrers, ...r.detail.referents]) {
      for (const x of [e.from, e.to]) {
        if (x === null || seen.has(x)) continue;
        seen.add(x);
        const v = table.viewOf(x);
        if (v !== null) related.push(v);
      }
    }
    return { ...r.detail, position: p, object, related };
  }
}
