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
import type { StateSink, TraceTables } from './state';

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
  inclAllocObjects = 0;
  inclAllocBytes = 0;
  inclFreedObjects = 0;
  inclFreedBytes = 0;
  inclGcRuns = 0;
  reused = 0;
  parked = 0;
  byType = new Map<number, TypeAgg>();
  refs = new Map<string, RefAgg>();

  typeAgg(typeId: number): TypeAgg {
    let t = this.byType.get(typeId);
    if (t === undefined) {
      t = { allocs: 0, bytes: 0, blockBytes: 0, frees: 0, freedBytes: 0, reused: 0, parked: 0 };
      this.byType.set(typeId, t);
    }
    return t;
  }
}

const MAX_REFS_PER_LINE = 16;

export class LineSummary implements StateSink {
  lines = new Map<number, LineAgg>();

  constructor(readonly tables: TraceTables) {}

  at(line: number): LineAgg {
    let a = this.lines.get(line);
    if (a === undefined) this.lines.set(line, (a = new LineAgg()));
    return a;
  }

  lineExec(line: number): void {
    this.at(line).execCount++;
  }

  alloc(line: number, stack: number[], typeId: number, isObject: boolean, requested: number, block: number): void {
    const a = this.at(line);
    if (isObject) a.allocObjects++;
    a.allocBytes += requested;
    a.allocBlockBytes += block;
    const t = a.typeAgg(typeId);
    t.allocs++;
    t.bytes += requested;
    t.blockBytes += block;
    for (const l of stack) {
      const b = this.at(l);
      if (isObject) b.inclAllocObjects++;
      b.inclAllocBytes += requested;
    }
  }

  free(line: number, stack: number[], typeId: number, isObject: boolean, requested: number, block: number): void {
    const a = this.at(line);
    if (isObject) a.freedObjects++;
    a.freedBytes += requested;
    a.freedBlockBytes += block;
    const t = a.typeAgg(typeId);
    t.frees++;
    t.freedBytes += requested;
    for (const l of stack) {
      const b = this.at(l);
      if (isObject) b.inclFreedObjects++;
      b.inclFreedBytes += requested;
    }
  }

  resize(line: number, stack: number[], dr: number, db: number): void {
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
    for (const l of stack) {
      const b = this.at(l);
      if (dr >= 0) b.inclAllocBytes += dr;
      else b.inclFreedBytes -= dr;
    }
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

  gc(line: number, stack: number[]): void {
    this.at(line).gcRuns++;
    for (const l of stack) this.at(l).inclGcRuns++;
  }

  bind(): void {}

  refChange(line: number, name: string, cause: string, before: number, after: number): void {
    const a = this.at(line);
    const key = `${name}\u0000${cause}`;
    let r = a.refs.get(key);
    if (r === undefined) {
      if (a.refs.size >= MAX_REFS_PER_LINE) return;
      a.refs.set(key, (r = { name, cause, before, after, count: 0 }));
    }
    r.before = before;
    r.after = after;
    r.count++;
  }

  /** The protocol's per-line list: executed lines of the analysed file, ascending. */
  toLineStats(): LineStatsEx[] {
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
        allocObjects: a.inclAllocObjects,
        allocBytes: a.inclAllocBytes,
        freedObjects: a.inclFreedObjects,
        freedBytes: a.inclFreedBytes,
        netBytes: a.inclAllocBytes - a.inclFreedBytes,
        gcRuns: a.inclGcRuns,
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
