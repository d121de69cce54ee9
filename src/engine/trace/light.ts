/**
 * The attribution recorder behind `analyze()` and `annotate()`: per-line attribution (summary.ts) and the
 * run's totals, the same numbers the step-through recorder (recorder.ts) gives, without its recording: no
 * event log, checkpoints, arena mirror, refcount watch (incref / decref keep their fast path), buffer
 * owners, previews, generations or positions. What it keeps while the program runs: the shadow frame stack,
 * line events and binds with their reference changes (shadow.ts, shared with the recorder), and the live
 * traced blocks with what a free, a freelist push / pop and the totals need (AttributionState).
 */
import { decodeAddr, type PyObject, type PyType } from '../objects/object';
import { TupleObject } from '../objects/sequences';
import { Op } from '../compiler/opcodes';
import type { Runtime } from '../vm/runtime';
import type { Frame } from '../vm/frame';
import type { GCCollectionEvent } from '../memory/gc';
import { pymallocBlock } from './events';
import { AddrMap, CACHE_MASK, CACHE_SIZE, GRANULES, PAGE } from './addrmap';
import { F_FREELISTED, F_OBJECT, grown } from './state';
import { R_ALLOC_BYTES, R_ALLOC_OBJECTS, R_EVENTS, R_FREED_BYTES, R_FREED_OBJECTS, type LineSummary } from './summary';
import { ShadowRecorder, lineMayHaveBound } from './shadow';

/** Words per slot of BlockSlots.rec: type id, requested bytes, block bytes, flags (one 16-byte record). */
export const REC = 4;
const R_TYPE = 0;
const R_REQ = 1;
const R_BLOCK = 2;
const R_FLAGS = 3;
/** R_FLAGS bit of a live slot (beside F_OBJECT, F_FREELISTED) */
const F_USED = 4;

/**
 * The live blocks of AttributionState: block address → slot, where the slot is the block's place in a page
 * table (page index * GRANULES + granule) instead of a value stored in it, and each slot's fields in one
 * record of `rec` (REC words: type id, requested, block bytes, flags with F_USED), so that an allocation
 * writes and a free reads one cache line, without a free-slot list; blocks close in address (a pool's) are
 * close in `rec`. Pages as in BlockMap (addrmap.ts: a page table behind a direct-mapped cache; a page whose
 * last block goes is reused for the next one). Keys that are not multiples of 16 or are negative (lookups
 * only, in the memory model) get slots from pages of their own through a plain AddrMap.
 */
export class BlockSlots {
  private pageIndex = new AddrMap(64);
  /** per page index: live entries */
  counts = new Int32Array(16);
  private freePages: number[] = [];
  private npages = 0;
  /** per slot: REC words (R_FLAGS & F_USED where the slot holds a live block) */
  rec: Int32Array = new Int32Array(16 * GRANULES * REC);
  /** keys that do not fit a page entry: key → slot, and the free slots of their pages */
  private spill: AddrMap | null = null;
  private spillFree: number[] = [];
  /** the direct-mapped cache of pageIndex: page & CACHE_MASK → page, page index */
  readonly cacheKey = new Float64Array(CACHE_SIZE).fill(-1);
  readonly cacheIdx = new Int32Array(CACHE_SIZE);
  size = 0;

  // (get, add and take read the cache themselves: a call per lookup is a good part of its cost; the
  // allocation, free and freelist paths of AttributionState / LightRecorder read it too, without the call)

  /** The slot of `key` (-1 when absent). */
  get(key: number): number {
    const page = Math.floor(key / PAGE);
    const off = key - page * PAGE;
    if ((off & 15) !== 0 || key < 0) return this.spill === null ? -1 : (this.spill.get(key) ?? -1);
    const j = page & CACHE_MASK;
    const i = this.cacheKey[j] === page ? this.cacheIdx[j] : this.pageOf(page, false);
    if (i < 0) return -1;
    const s = i * GRANULES + (off >> 4);
    return (this.rec[s * REC + R_FLAGS] & F_USED) !== 0 ? s : -1;
  }

  has(key: number): boolean {
    return this.get(key) >= 0;
  }

  /** The slot of `key`, made live (the same slot when it is live already): the caller writes its record. */
  add(key: number): number {
    const page = Math.floor(key / PAGE);
    const off = key - page * PAGE;
    if ((off & 15) !== 0 || key < 0) return this.addSpill(key);
    const j = page & CACHE_MASK;
    const i = this.cacheKey[j] === page ? this.cacheIdx[j] : this.pageOf(page, true);
    const s = i * GRANULES + (off >> 4);
    const r = s * REC + R_FLAGS;
    if ((this.rec[r] & F_USED) === 0) {
      this.rec[r] = F_USED;
      this.counts[i]++;
      this.size++;
    }
    return s;
  }

  /** Remove `key`; its slot (-1 when absent), whose record the caller may still read until the next add. */
  take(key: number): number {
    const page = Math.floor(key / PAGE);
    const off = key - page * PAGE;
    if ((off & 15) !== 0 || key < 0) return this.takeSpill(key);
    const j = page & CACHE_MASK;
    const i = this.cacheKey[j] === page ? this.cacheIdx[j] : this.pageOf(page, false);
    if (i < 0) return -1;
    const s = i * GRANULES + (off >> 4);
    const r = s * REC + R_FLAGS;
    const fl = this.rec[r];
    if ((fl & F_USED) === 0) return -1;
    this.rec[r] = fl & ~F_USED;
    this.size--;
    if (--this.counts[i] === 0) this.dropPage(page, i);
    return s;
  }

  /** Page `page` (index `i`) has no live entry left: it goes back (mmap'd blocks would otherwise each keep one). */
  dropPage(page: number, i: number): void {
    this.pageIndex.delete(page);
    this.freePages.push(i);
    this.cacheKey[page & CACHE_MASK] = -1;
  }

  /** Page index of `page` from the page table, cached (-1 when none and not `make`). */
  private pageOf(page: number, make: boolean): number {
    const v = this.pageIndex.get(page);
    let i: number;
    if (v !== undefined) {
      // (an int: AddrMap values are read from a Float64Array, and a slot made from a double is a heap number)
      i = v | 0;
    } else {
      if (!make) return -1;
      i = this.newPage();
      this.pageIndex.set(page, i);
    }
    const j = page & CACHE_MASK;
    this.cacheKey[j] = page;
    this.cacheIdx[j] = i;
    return i;
  }

  private newPage(): number {
    let i = this.freePages.pop();
    if (i === undefined) {
      i = this.npages++;
      if (i === this.counts.length) this.counts = grown(this.counts, 2 * i);
      if ((i + 1) * GRANULES * REC > this.rec.length) this.rec = grown(this.rec, 2 * this.rec.length);
    }
    this.counts[i] = 0;
    return i;
  }

  private addSpill(key: number): number {
    const sp = (this.spill ??= new AddrMap(16));
    const had = sp.get(key);
    if (had !== undefined) return had;
    if (this.spillFree.length === 0) {
      const i = this.newPage();
      for (let g = GRANULES - 1; g >= 0; g--) this.spillFree.push(i * GRANULES + g);
    }
    const s = this.spillFree.pop()!;
    sp.set(key, s);
    this.rec[s * REC + R_FLAGS] = F_USED;
    this.size++;
    return s;
  }

  private takeSpill(key: number): number {
    if (this.spill === null) return -1;
    const s = this.spill.take(key);
    if (s < 0) return -1;
    this.rec[s * REC + R_FLAGS] &= ~F_USED;
    this.spillFree.push(s);
    this.size--;
    return s;
  }

  /** Visit every live block: its slot and address. */
  forEach(cb: (slot: number, key: number) => void): void {
    this.pageIndex.forEach((i, page) => {
      const base = i * GRANULES;
      for (let g = 0; g < GRANULES; g++) if (this.rec[(base + g) * REC + R_FLAGS] & F_USED) cb(base + g, page * PAGE + g * 16);
    });
    if (this.spill !== null) this.spill.forEach(cb);
  }
}

/** Fields per cell of AttributionState.cells (one line × type: TypeAgg's fields, and freed block bytes). */
const CF = 8;
const C_ALLOCS = 0;
const C_BYTES = 1;
const C_BLOCK = 2;
const C_FREES = 3;
const C_FREED = 4;
const C_FREED_BLOCK = 5;
const C_REUSED = 6;
const C_PARKED = 7;

/**
 * Live blocks traced since the recorder attached (objects, buffers, parked objects) and the per-line
 * accounting of the summary (LineSummary.alloc / free / resize / freelist, as MirrorState feeds it while
 * recording), kept in typed arrays and folded into the summary at the end (`fold`): an event adds to the
 * cell of (line, type) in `cells` and to the summary's running totals (what its inclusive totals need while
 * the program runs), no object per event. The lines of the user frames are the summary's
 * (LineSummary.innermost).
 */
export class AttributionState {
  /** block address → slot, and the slot's record (BlockSlots.rec) */
  readonly slotOf = new BlockSlots();
  liveObjects = 0;
  liveBytes = 0;
  peakBytes = 0;
  gcCollections = [0, 0, 0];
  /** gc.get_count() and thresholds at the end (set by LightRecorder.finish) */
  gcCounts = [0, 0, 0];
  gcThresholds = [0, 0, 0];
  step = 0;
  // (cells, row, rowLine, rowOf and newCell are read by LightRecorder's freelist paths too: an event there
  // costs no call)
  /** per (line, type) cell, in the order cells were made: CF fields, its line, its type */
  cells: Float64Array = new Float64Array(64 * CF);
  private cellLine: Int32Array = new Int32Array(64);
  private cellType: Int32Array = new Int32Array(64);
  private ncells = 0;
  /** per line: type id → cell + 1 (0: none yet) */
  private rows: (Int32Array | undefined)[] = [];
  /** the row of `rowLine` (the line events were last attributed to) */
  rowLine = -1;
  row: Int32Array = new Int32Array(0);
  /** the summary's running totals (LineSummary.run) */
  private readonly run: Float64Array;

  constructor(private readonly sink: LineSummary) {
    this.run = sink.run;
  }

  /** The cell (offset in `cells`) of type `typeId` on the line of the innermost user frame (MirrorState.attrLine). */
  private cell(typeId: number): number {
    const line = this.sink.innermost;
    const row = line === this.rowLine ? this.row : this.rowOf(line);
    const c = typeId < row.length ? row[typeId] - 1 : -1;
    return c >= 0 ? c * CF : this.newCell(line, typeId);
  }

  /** The row of `line`, now `row`. */
  rowOf(line: number): Int32Array {
    const row = this.rows[line] ?? (this.rows[line] = new Int32Array(8));
    this.row = row;
    this.rowLine = line;
    return row;
  }

  /** A new cell of (line, typeId), `line` being `rowLine`. */
  newCell(line: number, typeId: number): number {
    let row = this.row;
    if (typeId >= row.length) this.row = this.rows[line] = row = grown(row, Math.max(2 * row.length, typeId + 1));
    const c = this.ncells++;
    if (c === this.cellLine.length) {
      this.cells = grown(this.cells, 2 * c * CF);
      this.cellLine = grown(this.cellLine, 2 * c);
      this.cellType = grown(this.cellType, 2 * c);
    }
    this.cellLine[c] = line;
    this.cellType[c] = typeId;
    row[typeId] = c + 1;
    return c * CF;
  }

  /** The cells added to the summary's lines (LineSummary.alloc / free / resize / freelist's fields), once. */
  fold(): void {
    const sum = this.sink;
    const k = this.cells;
    for (let c = 0; c < this.ncells; c++) {
      const typeId = this.cellType[c];
      const a = sum.at(this.cellLine[c]);
      const t = a.typeAgg(typeId);
      const b = c * CF;
      if (typeId !== 0) {
        a.allocObjects += k[b + C_ALLOCS];
        a.freedObjects += k[b + C_FREES];
      }
      a.allocBytes += k[b + C_BYTES];
      a.allocBlockBytes += k[b + C_BLOCK];
      a.freedBytes += k[b + C_FREED];
      a.freedBlockBytes += k[b + C_FREED_BLOCK];
      a.reused += k[b + C_REUSED];
      a.parked += k[b + C_PARKED];
      t.allocs += k[b + C_ALLOCS];
      t.bytes += k[b + C_BYTES];
      t.blockBytes += k[b + C_BLOCK];
      t.frees += k[b + C_FREES];
      t.freedBytes += k[b + C_FREED];
      t.reused += k[b + C_REUSED];
      t.parked += k[b + C_PARKED];
    }
    this.ncells = 0;
    this.rows = [];
    this.rowLine = -1;
  }

  /** Live blocks that are not parked: their type id and requested bytes (liveByType). */
  forEachLive(cb: (typeId: number, req: number) => void): void {
    const rec = this.slotOf.rec;
    this.slotOf.forEach((s) => {
      const b = s * REC;
      if (!(rec[b + R_FLAGS] & F_FREELISTED)) cb(rec[b + R_TYPE], rec[b + R_REQ]);
    });
  }

  /** A traced block: its record written, the totals. */
  private newSlot(addr: number, typeId: number, requested: number, block: number, flags: number): void {
    const s = this.slotOf.add(addr);
    const rec = this.slotOf.rec;
    const b = s * REC;
    rec[b + R_TYPE] = typeId;
    rec[b + R_REQ] = requested;
    rec[b + R_BLOCK] = block;
    rec[b + R_FLAGS] = flags | F_USED;
    this.liveBytes += requested;
    if (this.liveBytes > this.peakBytes) this.peakBytes = this.liveBytes;
  }

  alloc(typeId: number, addr: number, requested: number, block: number): void {
    // (newSlot, cell and BlockSlots.add's cached path written out: this is the path of every allocation, and
    // V8 inlines little of it)
    const sl = this.slotOf;
    const page = Math.floor(addr / PAGE);
    const off = addr - page * PAGE;
    const j = page & CACHE_MASK;
    let s: number;
    if ((off & 15) === 0 && addr >= 0 && sl.cacheKey[j] === page) {
      const i = sl.cacheIdx[j];
      s = i * GRANULES + (off >> 4);
      if ((sl.rec[s * REC + R_FLAGS] & F_USED) === 0) {
        sl.counts[i]++;
        sl.size++;
      }
    } else s = sl.add(addr);
    const rec = sl.rec;
    const b = s * REC;
    const isObject = typeId !== 0;
    rec[b + R_TYPE] = typeId;
    rec[b + R_REQ] = requested;
    rec[b + R_BLOCK] = block;
    rec[b + R_FLAGS] = isObject ? F_OBJECT | F_USED : F_USED;
    const live = this.liveBytes + requested;
    this.liveBytes = live;
    if (live > this.peakBytes) this.peakBytes = live;
    if (isObject) this.liveObjects++;
    // LineSummary.alloc
    const line = this.sink.innermost;
    const row = line === this.rowLine ? this.row : this.rowOf(line);
    let c = typeId < row.length ? row[typeId] - 1 : -1;
    c = c >= 0 ? c * CF : this.newCell(line, typeId);
    const k = this.cells;
    k[c + C_ALLOCS]++;
    k[c + C_BYTES] += requested;
    k[c + C_BLOCK] += block;
    const r = this.run;
    r[R_EVENTS]++;
    if (isObject) r[R_ALLOC_OBJECTS]++;
    r[R_ALLOC_BYTES] += requested;
  }

  /** Free of slot `s`, already taken out of `slotOf`. */
  release(s: number): void {
    const rec = this.slotOf.rec;
    const b = s * REC;
    const typeId = rec[b + R_TYPE];
    const req = rec[b + R_REQ];
    const isObject = typeId !== 0;
    // a parked object was not counted live
    if (!(rec[b + R_FLAGS] & F_FREELISTED) && isObject) this.liveObjects--;
    this.liveBytes -= req;
    // LineSummary.free (cell written out)
    const line = this.sink.innermost;
    const row = line === this.rowLine ? this.row : this.rowOf(line);
    let c = typeId < row.length ? row[typeId] - 1 : -1;
    c = c >= 0 ? c * CF : this.newCell(line, typeId);
    const k = this.cells;
    k[c + C_FREES]++;
    k[c + C_FREED] += req;
    k[c + C_FREED_BLOCK] += rec[b + R_BLOCK];
    const r = this.run;
    r[R_EVENTS]++;
    if (isObject) r[R_FREED_OBJECTS]++;
    r[R_FREED_BYTES] += req;
  }

  realloc(oldAddr: number, newAddr: number, requested: number, block: number): void {
    let s = this.slotOf.get(oldAddr);
    if (s < 0) {
      this.alloc(0, newAddr, requested, block);
      return;
    }
    let rec = this.slotOf.rec;
    const dr = requested - rec[s * REC + R_REQ];
    const db = block - rec[s * REC + R_BLOCK];
    if (oldAddr !== newAddr) {
      // the block's record moves to the new address's slot
      const typeId = rec[s * REC + R_TYPE];
      const flags = rec[s * REC + R_FLAGS];
      this.slotOf.take(oldAddr);
      s = this.slotOf.add(newAddr);
      rec = this.slotOf.rec;
      rec[s * REC + R_TYPE] = typeId;
      rec[s * REC + R_FLAGS] = flags | F_USED;
    }
    rec[s * REC + R_REQ] = requested;
    rec[s * REC + R_BLOCK] = block;
    this.liveBytes += dr;
    if (this.liveBytes > this.peakBytes) this.peakBytes = this.liveBytes;
    // LineSummary.resize
    const c = this.cell(0);
    const k = this.cells;
    if (dr >= 0) k[c + C_BYTES] += dr;
    else k[c + C_FREED] -= dr;
    if (db >= 0) k[c + C_BLOCK] += db;
    else k[c + C_FREED_BLOCK] -= db;
    const r = this.run;
    r[R_EVENTS]++;
    if (dr >= 0) r[R_ALLOC_BYTES] += dr;
    else r[R_FREED_BYTES] -= dr;
  }

  /** An object that was on a freelist when the recorder attached: traced, parked, not in the summary. */
  park(typeId: number, addr: number, requested: number): void {
    this.newSlot(addr, typeId, requested, pymallocBlock(requested), F_OBJECT | F_FREELISTED);
  }

  /**
   * The object in block `addr`, parked on its freelist before the trace started, is taken from it: it joins
   * the traced blocks now (LightRecorder.freelistPop has the path of a traced one).
   */
  adopt(typeId: number, addr: number, requested: number): void {
    this.newSlot(addr, typeId, requested, pymallocBlock(requested), F_OBJECT);
    this.liveObjects++;
    const line = this.sink.innermost;
    const row = line === this.rowLine ? this.row : this.rowOf(line);
    let c = typeId < row.length ? row[typeId] - 1 : -1;
    c = c >= 0 ? c * CF : this.newCell(line, typeId);
    this.cells[c + C_REUSED]++;
  }

  gcEv(generation: number): void {
    if (generation >= 0 && generation < 3) this.gcCollections[generation]++;
    this.sink.gc(this.sink.innermost);
  }
}

export class LightRecorder extends ShadowRecorder {
  readonly state = new AttributionState(this.summary);

  attach(rt: Runtime): void {
    this.state.step = rt.steps;
    this.attachNames(rt);
    this.hook(rt);
  }

  /** per line: line events (LineSummary.lineExec), added to the summary by `finish` */
  private execs: Float64Array = new Float64Array(256);

  /** Stop: the collector's counters and thresholds as they are now, then the runtime runs untraced; the counts kept in typed arrays go to the summary. */
  finish(): void {
    if (!this.attached) return;
    const gc = this.rt.gc;
    this.state.gcCounts = gc.counts.slice();
    this.state.gcThresholds = gc.thresholds.slice();
    this.unhook();
    this.state.fold();
    const ex = this.execs;
    for (let l = 0; l < ex.length; l++) if (ex[l] !== 0) this.summary.at(l).execCount += ex[l];
    this.execs = new Float64Array(256);
  }

  /** A line event of `l` (LineSummary.lineExec), `execs` grown first when needed. */
  private lineExec(l: number): void {
    if (l >= this.execs.length) this.execs = grown(this.execs, Math.max(2 * this.execs.length, l + 1));
    this.execs[l]++;
  }

  // ================================================================ what the shadow stack reports

  protected framePushed(codeId: number): void {
    // only user frames matter to attribution: the summary keeps their lines
    const t = this.tables;
    if (t.codeUser[codeId] === true) this.summary.enter(t.codeFirstLine[codeId] ?? 0);
  }

  protected framePopped(user: boolean): void {
    if (user) this.summary.leave();
  }

  protected lineMoved(line: number): void {
    const sh = this.shadow;
    if (sh[sh.length - 1].info.user) this.summary.move(line);
  }

  /** (binds matter only for their reference changes, which the shadow stack counts) */
  protected bind(): void {}
  protected override readonly bindsFrames = false;

  protected tracedLive(o: PyObject, c: number): boolean {
    return c !== 0 && this.state.slotOf.get(this.blockOf(o)) >= 0;
  }

  protected parkPreexisting(o: PyObject, req: number): void {
    const typeId = this.typeIdOf(o.ob_type);
    this.state.park(typeId, o.addr - this.tables.typeHdr[typeId], req);
  }

  line(f: Frame): void {
    // lineTop, lineOf and lineExec written out (a line event comes every few instructions)
    const sh = this.shadow;
    let n = sh.length;
    if (n === 0 || sh[n - 1].f !== f) {
      this.sync();
      n = sh.length;
    }
    const top = sh[n - 1];
    const tf = top.f;
    let l = top.pos[4 * tf.lasti];
    if (l < 0) l = tf.lineno;
    const old = top.line;
    const info = top.info;
    // (compareWatches directly, not behind lineMayHaveBound: a line that can bind usually did, and its
    // first test would run twice)
    const lw = info.watch[old];
    if (lw !== undefined) this.compareWatches(top, lw);
    top.line = l;
    if (info.user) {
      if (l !== old) this.summary.move(l);
      // CPython reports no line event for RESUME (the `def` line of a called function)
      if (f.code.code[2 * f.lasti] !== Op.RESUME) {
        const ex = this.execs;
        if (l < ex.length) ex[l]++;
        else this.lineExec(l);
      }
    }
  }

  // ================================================================ heap, freelists, GC, steps

  onAlloc(addr: number, requested: number, obj: PyObject | null): void {
    this.prevHeapListener?.onAlloc(addr, requested, obj);
    // (syncForEvent's test, typeIdOf's last answer and pymallocBlock written out: one allocation, few calls)
    const sh = this.shadow;
    const n = sh.length;
    if (n === 0 ? this.rt.frame !== null : sh[n - 1].f !== this.rt.frame || sh[n - 1].pos[4 * sh[n - 1].f.lasti] !== sh[n - 1].line) this.syncForEvent();
    let typeId = 0;
    if (obj !== null) {
      const t = obj.ob_type;
      typeId = t === this.lastType ? this.lastTypeId : this.typeIdOf(t);
    }
    const block = requested >= 1 && requested <= 512 ? (((requested - 1) >> 4) + 1) << 4 : this.rt.heap.mem.blockSize(addr);
    this.state.alloc(typeId, addr, requested, block);
  }

  onFree(addr: number, obj: PyObject | null): void {
    this.prevHeapListener?.onFree(addr, obj);
    // (BlockSlots.take's cached path written out)
    const sl = this.state.slotOf;
    const page = Math.floor(addr / PAGE);
    const off = addr - page * PAGE;
    const j = page & CACHE_MASK;
    let s: number;
    if ((off & 15) === 0 && addr >= 0 && sl.cacheKey[j] === page) {
      const i = sl.cacheIdx[j];
      s = i * GRANULES + (off >> 4);
      const r = s * REC + R_FLAGS;
      const fl = sl.rec[r];
      if ((fl & F_USED) === 0) return;
      sl.rec[r] = fl & ~F_USED;
      sl.size--;
      if (--sl.counts[i] === 0) sl.dropPage(page, i);
    } else {
      s = sl.take(addr);
      if (s < 0) return;
    }
    if (s === this.flSlot) this.flObj = null;
    const sh = this.shadow;
    const n = sh.length;
    if (n === 0 ? this.rt.frame !== null : sh[n - 1].f !== this.rt.frame || sh[n - 1].pos[4 * sh[n - 1].f.lasti] !== sh[n - 1].line) this.syncForEvent();
    this.state.release(s);
  }

  onRealloc(oldAddr: number, newAddr: number, requested: number): void {
    this.prevHeapListener?.onRealloc(oldAddr, newAddr, requested);
    this.flObj = null;
    this.syncForEvent();
    this.state.realloc(oldAddr, newAddr, requested, this.rt.heap.mem.blockSize(newAddr));
  }

  /**
   * The object freelistPush parked last and its slot: a freelist hands out the object parked last first, so
   * freelistPop finds its slot without a lookup (a float operation parks an operand and takes its result).
   * Forgotten when that slot's block is freed (a freelist cleared).
   */
  private flObj: PyObject | null = null;
  private flSlot = -1;

  /**
   * The type the freelist hooks saw last, its id and header bytes, apart from typeIdOf's last answers (a float
   * operation parks and takes floats between the allocations of its loop's ints).
   */
  private flType: PyType | null = null;
  private flTypeId = 0;
  private flHdr = 0;

  private setFlType(t: PyType): void {
    const id = this.typeIdOf(t);
    this.flType = t;
    this.flTypeId = id;
    this.flHdr = this.tables.typeHdr[id];
  }

  protected freelistPush(o: PyObject): void {
    // (blockOf, BlockSlots.get's cached path, syncForEvent's test and AttributionState's cell written out, as
    // in onAlloc: every float, list, dict and tuple of a freelisted size parks here)
    const t = o.ob_type;
    if (t !== this.flType) this.setFlType(t);
    const st = this.state;
    const b = decodeAddr(o.addrCode) - this.flHdr;
    const sl = st.slotOf;
    const page = Math.floor(b / PAGE);
    const off = b - page * PAGE;
    const j = page & CACHE_MASK;
    let s: number;
    if ((off & 15) === 0 && b >= 0 && sl.cacheKey[j] === page) {
      s = sl.cacheIdx[j] * GRANULES + (off >> 4);
      if ((sl.rec[s * REC + R_FLAGS] & F_USED) === 0) return;
    } else {
      s = sl.get(b);
      if (s < 0) return;
    }
    const sh = this.shadow;
    const n = sh.length;
    if (n === 0 ? this.rt.frame !== null : sh[n - 1].f !== this.rt.frame || sh[n - 1].pos[4 * sh[n - 1].f.lasti] !== sh[n - 1].line) this.syncForEvent();
    const rec = sl.rec;
    rec[s * REC + R_FLAGS] |= F_FREELISTED;
    // (the type the block was traced with)
    const typeId = rec[s * REC + R_TYPE];
    if (typeId !== 0) st.liveObjects--;
    const line = this.summary.innermost;
    const row = line === st.rowLine ? st.row : st.rowOf(line);
    let c = typeId < row.length ? row[typeId] - 1 : -1;
    c = c >= 0 ? c * CF : st.newCell(line, typeId);
    st.cells[c + C_PARKED]++;
    this.flObj = o;
    this.flSlot = s;
  }

  protected freelistPop(o: PyObject): void {
    const sh = this.shadow;
    const n = sh.length;
    if (n === 0 ? this.rt.frame !== null : sh[n - 1].f !== this.rt.frame || sh[n - 1].pos[4 * sh[n - 1].f.lasti] !== sh[n - 1].line) this.syncForEvent();
    const t = o.ob_type;
    if (t !== this.flType) this.setFlType(t);
    const typeId = this.flTypeId;
    const st = this.state;
    let s: number;
    if (o === this.flObj) {
      s = this.flSlot;
      this.flObj = null;
    } else s = st.slotOf.get(decodeAddr(o.addrCode) - this.flHdr);
    if (s < 0) {
      let req = t.tp_basicsize + this.flHdr;
      if (o instanceof TupleObject) req += 8 * o.items.length;
      st.adopt(typeId, decodeAddr(o.addrCode) - this.flHdr, req);
      return;
    }
    st.slotOf.rec[s * REC + R_FLAGS] &= ~F_FREELISTED;
    st.liveObjects++;
    const line = this.summary.innermost;
    const row = line === st.rowLine ? st.row : st.rowOf(line);
    let c = typeId < row.length ? row[typeId] - 1 : -1;
    c = c >= 0 ? c * CF : st.newCell(line, typeId);
    st.cells[c + C_REUSED]++;
  }

  protected collection(e: GCCollectionEvent): void {
    this.syncForEvent();
    this.state.gcEv(e.generation);
  }

  step(): void {
    // (syncForEvent's test, leaveLine and backwardJumpLine written out: a step comes at every loop iteration)
    const sh = this.shadow;
    let n = sh.length;
    if (n === 0 ? this.rt.frame !== null : sh[n - 1].f !== this.rt.frame || sh[n - 1].pos[4 * sh[n - 1].f.lasti] !== sh[n - 1].line) {
      this.syncForEvent();
      n = sh.length;
    }
    this.state.step++;
    if (n === 0) return;
    const top = sh[n - 1];
    const info = top.info;
    const f = top.f;
    const lw = info.watch[top.line];
    if (lw !== undefined && lineMayHaveBound(top, lw)) this.compareWatches(top, lw);
    // CPython (3.12 settrace) also reports a line event at the target of a backward jump that is not the
    // start of a line
    const co = f.code;
    const code = co.code;
    if (code[2 * f.lasti] !== Op.JUMP_BACKWARD) return;
    const target = code[2 * f.lasti + 1];
    if (co.lineStarts[target] !== 0) return;
    const l = co.spec.positions[4 * target];
    if (l > 0) {
      const old = top.line;
      top.line = l;
      if (info.user) {
        if (l !== old) this.summary.move(l);
        const ex = this.execs;
        if (l < ex.length) ex[l]++;
        else this.lineExec(l);
      }
    }
  }
}
