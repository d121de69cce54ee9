/**
 * Per-line attribution over the whole run (exact to the end, whatever happens to the event window).
 *
 * - An allocation or free belongs to the line the innermost frame of the analysed file was executing
 *   (a callee's allocations belong to the callee's lines; library code counts for the user line that
 *   called it). Every user line on the stack also gets it in its *inclusive* total (each line counted once
 *   per event, so recursion does not count twice).
 * - Bytes are the requested sizes as tracemalloc counts them (objects with their GC head / pre-header, and
 *   separate buffers: list item arrays, dict tables...); block bytes are what pymalloc / malloc reserved.
 *   A buffer resize counts its growth as allocated bytes (or its shrinking as freed bytes).
 * - Objects reused from a freelist are not allocations (no memory is requested); they are counted apart.
 */
import type { LineStats, RefChange, TypeStats } from '../../protocol/analysis';
import { grown, type StateSink, type TraceTables } from './state';

export interface TypeAgg {
  allocs: number;
  bytes: number;
  blockBytes: number;
  frees: number;
  freedBytes: number;
  reused: number;
  parked: number;
}

export interface RefAgg {
  name: string;
  cause: string;
  before: number;
  after: number;
  count: number;
}

export class LineAgg {
  execCount = 0;
  allocObjects = 0;
  allocBytes = 0;
  allocBlockBytes = 0;
  freedObjects = 0;
  freedBytes = 0;
  freedBlockBytes = 0;
  gcRuns = 0;
  /** inclusive totals beyond the line's own: what ran below it (LineSummary.enter) */
  inclAllocObjects = 0;
  inclAllocBytes = 0;
  inclFreedObjects = 0;
  inclFreedBytes = 0;
  inclGcRuns = 0;
  reused = 0;
  parked = 0;
  byType = new Map<number, TypeAgg>();
  refs = new Map<string, RefAgg>();
  /** `byType` indexed by type id (lookups without hashing; `byType` keeps the insertion order) */
  private typeArr: (TypeAgg | undefined)[] = [];

  typeAgg(typeId: number): TypeAgg {
    return this.typeArr[typeId] ?? this.newTypeAgg(typeId);
  }

  private newTypeAgg(typeId: number): TypeAgg {
    let t = this.byType.get(typeId);
    if (t === undefined) {
      t = { allocs: 0, bytes: 0, blockBytes: 0, frees: 0, freedBytes: 0, reused: 0, parked: 0 };
      this.byType.set(typeId, t);
    }
    this.typeArr[typeId] = t;
    return t;
  }
}

const MAX_REFS_PER_LINE = 16;

/** LineSummary.run fields: attributed events, then the inclusive counters */
export const R_EVENTS = 0;
export const R_ALLOC_OBJECTS = 1;
export const R_ALLOC_BYTES = 2;
export const R_FREED_OBJECTS = 3;
export const R_FREED_BYTES = 4;
const R_GC_RUNS = 5;
const R_FIELDS = 6;

export class LineSummary implements StateSink {
  lines = new Map<number, LineAgg>();

  constructor(readonly tables: TraceTables) {}

  /** `lines` indexed by line number (lookups without hashing; `lines` keeps the insertion order) */
  private byLine: (LineAgg | undefined)[] = [];

  at(line: number): LineAgg {
    let a = this.byLine[line];
    if (a === undefined) {
      a = this.lines.get(line);
      if (a === undefined) this.lines.set(line, (a = new LineAgg()));
      this.byLine[line] = a;
    }
    return a;
  }

  lineExec(line: number): void {
    this.at(line).execCount++;
  }

  alloc(line: number, typeId: number, isObject: boolean, requested: number, block: number): void {
    const a = this.at(line);
    if (isObject) a.allocObjects++;
    a.allocBytes += requested;
    a.allocBlockBytes += block;
    const t = a.typeAgg(typeId);
    t.allocs++;
    t.bytes += requested;
    t.blockBytes += block;
    const r = this.run;
    r[R_EVENTS]++;
    if (isObject) r[R_ALLOC_OBJECTS]++;
    r[R_ALLOC_BYTES] += requested;
  }

  free(line: number, typeId: number, isObject: boolean, requested: number, block: number): void {
    const a = this.at(line);
    if (isObject) a.freedObjects++;
    a.freedBytes += requested;
    a.freedBlockBytes += block;
    const t = a.typeAgg(typeId);
    t.frees++;
    t.freedBytes += requested;
    const r = this.run;
    r[R_EVENTS]++;
    if (isObject) r[R_FREED_OBJECTS]++;
    r[R_FREED_BYTES] += requested;
  }

  resize(line: number, dr: number, db: number): void {
    const a = this.at(line);
    const t = a.typeAgg(0);
    if (dr >= 0) {
      a.allocBytes += dr;
      t.bytes += dr;
    } else {
      a.freedBytes -= dr;
      t.freedBytes -= dr;
    }
    if (db >= 0) {
      a.allocBlockBytes += db;
      t.blockBytes += db;
    } else a.freedBlockBytes -= db;
    const r = this.run;
    r[R_EVENTS]++;
    if (dr >= 0) r[R_ALLOC_BYTES] += dr;
    else r[R_FREED_BYTES] -= dr;
  }

  freelist(line: number, typeId: number, push: boolean): void {
    const a = this.at(line);
    const t = a.typeAgg(typeId);
    if (push) {
      a.parked++;
      t.parked++;
    } else {
      a.reused++;
      t.reused++;
    }
  }

  gc(line: number): void {
    this.at(line).gcRuns++;
    const r = this.run;
    r[R_EVENTS]++;
    r[R_GC_RUNS]++;
  }

  // ---- inclusive totals: a line's own totals plus what ran below it while an outer user frame was running it

  /**
   * Running totals of everything attributed (R_* fields). Events are attributed to the line of the innermost
   * user frame, so a line's inclusive totals are its own totals plus the growth of these while it is
   * *covered* (a user frame other than the innermost runs it: counted from 0 → 1 such frames to 1 → 0),
   * minus the growth while both hold (recursion, a generator expression running the line that called it), so
   * that each event counts once per line. A line change of the innermost frame (almost every line event)
   * then only checks that the new line is not covered. (AttributionState, light.ts, adds to it directly.)
   */
  readonly run = new Float64Array(R_FIELDS);
  /** the lines the user frames run, outermost first (the last one is the innermost frame's) */
  private ulines = new Int32Array(64);
  private udepth = 0;
  /** per line: user frames other than the innermost running it */
  private covered = new Int32Array(64);
  /** per line: `run` when it became covered (R_FIELDS each) */
  private since = new Float64Array(64 * R_FIELDS);
  /** the covered line the innermost frame runs (-1: none), and `run` since it does */
  private both = -1;
  private readonly bothSince = new Float64Array(R_FIELDS);

  /** The line of the innermost user frame (0: none): the line events are attributed to (kept by enter / leave / move). */
  innermost = 0;

  /** A user frame running `line` was pushed: the innermost one until then is now covered. */
  enter(line: number): void {
    const d = this.udepth;
    if (d > 0) {
      if (this.both >= 0) this.endBoth();
      const l = this.ulines[d - 1];
      if (this.covered[l]++ === 0) this.mark(this.since, l * R_FIELDS);
    }
    if (d === this.ulines.length) this.ulines = grown(this.ulines, 2 * d);
    this.ulines[d] = line;
    this.udepth = d + 1;
    this.innermost = line;
    if (line >= this.covered.length) this.growCovered(line);
    if (this.covered[line] !== 0) this.startBoth(line);
  }

  /** The innermost user frame was popped: the one below it (if any) is the innermost now. */
  leave(): void {
    if (this.both >= 0) this.endBoth();
    const d = this.udepth - 1;
    if (d < 0) return;
    this.udepth = d;
    if (d === 0) {
      this.innermost = 0;
      return;
    }
    const l = this.ulines[d - 1];
    this.innermost = l;
    if (--this.covered[l] === 0) this.accrue(l, this.since, l * R_FIELDS, 1);
    else this.startBoth(l);
  }

  /** The innermost user frame moved to `line`. */
  move(line: number): void {
    if (this.both >= 0) this.endBoth();
    this.ulines[this.udepth - 1] = line;
    this.innermost = line;
    if (line >= this.covered.length) this.growCovered(line);
    if (this.covered[line] !== 0) this.startBoth(line);
  }

  private startBoth(line: number): void {
    this.both = line;
    this.mark(this.bothSince, 0);
  }

  private endBoth(): void {
    this.accrue(this.both, this.bothSince, 0, -1);
    this.both = -1;
  }

  /** `run` copied to `to` at `b`. */
  private mark(to: Float64Array, b: number): void {
    // (field by field: TypedArray.set is a builtin call)
    const r = this.run;
    to[b] = r[0];
    to[b + 1] = r[1];
    to[b + 2] = r[2];
    to[b + 3] = r[3];
    to[b + 4] = r[4];
    to[b + 5] = r[5];
  }

  /** The growth of `run` since `from` at `b`, times `sign`, added to the inclusive totals of `line` (made when events came). */
  private accrue(line: number, from: Float64Array, b: number, sign: number): void {
    const r = this.run;
    if (r[R_EVENTS] === from[b + R_EVENTS]) return;
    const a = this.at(line);
    a.inclAllocObjects += sign * (r[R_ALLOC_OBJECTS] - from[b + R_ALLOC_OBJECTS]);
    a.inclAllocBytes += sign * (r[R_ALLOC_BYTES] - from[b + R_ALLOC_BYTES]);
    a.inclFreedObjects += sign * (r[R_FREED_OBJECTS] - from[b + R_FREED_OBJECTS]);
    a.inclFreedBytes += sign * (r[R_FREED_BYTES] - from[b + R_FREED_BYTES]);
    a.inclGcRuns += sign * (r[R_GC_RUNS] - from[b + R_GC_RUNS]);
  }

  /** Make the inclusive totals exact now (covered lines start accruing again from now). */
  settle(): void {
    const cov = this.covered;
    for (let l = 0; l < cov.length; l++) {
      if (cov[l] === 0) continue;
      this.accrue(l, this.since, l * R_FIELDS, 1);
      this.mark(this.since, l * R_FIELDS);
    }
    const both = this.both;
    if (both >= 0) {
      this.endBoth();
      this.startBoth(both);
    }
  }

  private growCovered(line: number): void {
    const n = Math.max(line + 1, this.covered.length * 2);
    this.covered = grown(this.covered, n);
    this.since = grown(this.since, n * R_FIELDS);
  }

  /** A reference change on `line`; `key` identifies (name, cause) (refChangeKey). */
  refChange(line: number, key: string, name: string, cause: string, before: number, after: number): void {
    const r = this.refAgg(line, key, name, cause);
    if (r === null) return;
    r.before = before;
    r.after = after;
    r.count++;
  }

  /**
   * The aggregate of the reference changes (name, cause) on `line`, made on first use; null when the line
   * keeps MAX_REFS_PER_LINE others already. The recorder keeps it to count later changes without lookups.
   */
  refAgg(line: number, key: string, name: string, cause: string): RefAgg | null {
    const a = this.at(line);
    let r = a.refs.get(key);
    if (r === undefined) {
      if (a.refs.size >= MAX_REFS_PER_LINE) return null;
      a.refs.set(key, (r = { name, cause, before: 0, after: 0, count: 0 }));
    }
    return r;
  }

  /** The protocol's per-line list: executed lines of the analysed file, ascending. */
  toLineStats(): LineStatsEx[] {
    this.settle();
    const out: LineStatsEx[] = [];
    const keys = [...this.lines.keys()].filter((l) => l > 0).sort((a, b) => a - b);
    for (const l of keys) out.push(this.lineStats(l, this.lines.get(l)!));
    return out;
  }

  lineStats(line: number, a: LineAgg): LineStatsEx {
    const names = this.tables.typeNames;
    const byType: TypeStatsEx[] = [];
    for (const [id, t] of a.byType) {
      byType.push({
        type: names[id],
        allocs: t.allocs,
        bytes: t.bytes,
        frees: t.frees,
        freedBytes: t.freedBytes,
        blockBytes: t.blockBytes,
        reused: t.reused,
        parked: t.parked,
      });
    }
    byType.sort((x, y) => y.bytes - x.bytes || x.type.localeCompare(y.type));
    const refChanges: RefChangeEx[] = [...a.refs.values()].map((r) => ({
      name: r.name,
      before: r.before,
      after: r.after,
      cause: r.cause,
      count: r.count,
    }));
    return {
      line,
      execCount: a.execCount,
      allocObjects: a.allocObjects,
      allocBytes: a.allocBytes,
      freedObjects: a.freedObjects,
      freedBytes: a.freedBytes,
      netBytes: a.allocBytes - a.freedBytes,
      gcRuns: a.gcRuns,
      byType,
      refChanges,
      allocBlockBytes: a.allocBlockBytes,
      freedBlockBytes: a.freedBlockBytes,
      inclusive: {
        allocObjects: a.allocObjects + a.inclAllocObjects,
        allocBytes: a.allocBytes + a.inclAllocBytes,
        freedObjects: a.freedObjects + a.inclFreedObjects,
        freedBytes: a.freedBytes + a.inclFreedBytes,
        netBytes: a.allocBytes + a.inclAllocBytes - (a.freedBytes + a.inclFreedBytes),
        gcRuns: a.gcRuns + a.inclGcRuns,
      },
      freelistReused: a.reused,
      freelistParked: a.parked,
    };
  }
}

/** TypeStats plus freed bytes, block bytes and freelist traffic (compatible extension). */
export interface TypeStatsEx extends TypeStats {
  freedBytes: number;
  blockBytes: number;
  reused: number;
  parked: number;
}

export interface RefChangeEx extends RefChange {
  /** How many executions of the line made this change (before/after are from the last one). */
  count: number;
}

/** LineStats plus block bytes, inclusive totals and freelist traffic (compatible extension). */
export interface LineStatsEx extends LineStats {
  byType: TypeStatsEx[];
  refChanges: RefChangeEx[];
  allocBlockBytes: number;
  freedBlockBytes: number;
  /** This line plus everything the functions it called did (each event counted once per line). */
  inclusive: {
    allocObjects: number;
    allocBytes: number;
    freedObjects: number;
    freedBytes: number;
    netBytes: number;
    gcRuns: number;
  };
  /** Objects taken from / given back to a freelist on this line (no memory requested or freed). */
  freelistReused: number;
  freelistParked: number;
}

/** Fields per line in a packed LineTotals: line, execCount, allocObjects, allocBytes, freedObjects, freedBytes, gcRuns. */
const LT_FIELDS = 7;

/**
 * Per-line cumulative totals only (what the heap panel shows while stepping): the same attribution as
 * LineSummary, restored from a checkpoint's packed copy and advanced by replaying events.
 */
export class LineTotals implements StateSink {
  readonly lines = new Map<number, Float64Array>();

  static unpack(packed: Float64Array | null): LineTotals {
    const t = new LineTotals();
    if (packed !== null) {
      for (let i = 0; i < packed.length; i += LT_FIELDS) t.lines.set(packed[i], packed.slice(i, i + LT_FIELDS));
    }
    return t;
  }

  /** The totals of a LineSummary, packed for a checkpoint. */
  static packSummary(sum: LineSummary): Float64Array {
    const out = new Float64Array(sum.lines.size * LT_FIELDS);
    let i = 0;
    for (const [line, a] of sum.lines) {
      out[i++] = line;
      out[i++] = a.execCount;
      out[i++] = a.allocObjects;
      out[i++] = a.allocBytes;
      out[i++] = a.freedObjects;
      out[i++] = a.freedBytes;
      out[i++] = a.gcRuns;
    }
    return out;
  }

  private at(line: number): Float64Array {
    let a = this.lines.get(line);
    if (a === undefined) {
      a = new Float64Array(LT_FIELDS);
      a[0] = line;
      this.lines.set(line, a);
    }
    return a;
  }

  lineExec(line: number): void {
    this.at(line)[1]++;
  }
  alloc(line: number, _typeId: number, isObject: boolean, requested: number): void {
    const a = this.at(line);
    if (isObject) a[2]++;
    a[3] += requested;
  }
  free(line: number, _typeId: number, isObject: boolean, requested: number): void {
    const a = this.at(line);
    if (isObject) a[4]++;
    a[5] += requested;
  }
  resize(line: number, dr: number): void {
    const a = this.at(line);
    if (dr >= 0) a[3] += dr;
    else a[5] -= dr;
  }
  freelist(): void {}
  gc(line: number): void {
    this.at(line)[6]++;
  }
  /** Lines of the analysed file (line > 0), ascending. */
  view(): { line: number; execCount: number; allocObjects: number; allocBytes: number; freedObjects: number; freedBytes: number; gcRuns: number }[] {
    return [...this.lines.values()]
      .filter((a) => a[0] > 0)
      .sort((x, y) => x[0] - y[0])
      .map((a) => ({ line: a[0], execCount: a[1], allocObjects: a[2], allocBytes: a[3], freedObjects: a[4], freedBytes: a[5], gcRuns: a[6] }));
  }
}

/** The key of a (name, cause) pair in a line's reference changes. */
export function refChangeKey(name: string, cause: string): string {
  return `${name}\u0000${cause}`;
}
