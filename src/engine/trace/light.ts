/**
 * The attribution recorder behind `analyze()` and `annotate()`: per-line attribution (summary.ts) and the
 * run's totals, the same numbers the step-through recorder (recorder.ts) gives, without its recording: no
 * event log, checkpoints, arena mirror, refcount watch (incref / decref keep their fast path), buffer
 * owners, previews, generations or positions. What it keeps while the program runs: the shadow frame stack,
 * line events and binds with their reference changes (shadow.ts, shared with the recorder), and the live
 * traced blocks with what a free, a freelist push / pop and the totals need (AttributionState).
 */
import type { PyObject } from '../objects/object';
import { TupleObject } from '../objects/sequences';
import { Op } from '../compiler/opcodes';
import type { Runtime } from '../vm/runtime';
import type { Frame } from '../vm/frame';
import type { GCCollectionEvent } from '../memory/gc';
import { pymallocBlock } from './events';
import { AddrMap, CACHE_MASK, CACHE_SIZE, GRANULES, PAGE } from './addrmap';
import { F_FREELISTED, F_OBJECT, grown } from './state';
import type { LineSummary } from './summary';
import { ShadowRecorder } from './shadow';

/**
 * The live blocks of AttributionState: block address → slot, where the slot is the block's place in a page
 * table (page index * GRANULES + granule) instead of a value stored in it. The caller keeps its per-block
 * fields in arrays indexed by slot (at least `capacity` long): an allocation writes them and a free reads
 * them where the page entry is, without a free-slot list, and blocks close in address (a pool's) are close
 * in those arrays. Pages as in BlockMap (addrmap.ts: a page table behind a direct-mapped cache; a page whose
 * last block goes is reused for the next one). Keys that are not multiples of 16 or are negative (lookups
 * only, in the memory model) get slots from pages of their own through a plain AddrMap.
 */
export class BlockSlots {
  private pageIndex = new AddrMap(64);
  /** per page index: live entries */
  private counts = new Int32Array(16);
  private freePages: number[] = [];
  private npages = 0;
  /** 1 where a slot holds a live block */
  private used = new Uint8Array(16 * GRANULES);
  /** keys that do not fit a page entry: key → slot, and the free slots of their pages */
  private spill: AddrMap | null = null;
  private spillFree: number[] = [];
  /** the direct-mapped cache of pageIndex: page & CACHE_MASK → page, page index */
  private cacheKey = new Float64Array(CACHE_SIZE).fill(-1);
  private cacheIdx = new Int32Array(CACHE_SIZE);
  size = 0;

  /** Slots the caller's arrays must hold (grows when a page is added). */
  get capacity(): number {
    return this.used.length;
  }

  // (get, add and take read the cache themselves: a call per lookup is a good part of its cost)

  /** The slot of `key` (-1 when absent). */
  get(key: number): number {
    const page = Math.floor(key / PAGE);
    const off = key - page * PAGE;
    if ((off & 15) !== 0 || key < 0) return this.spill === null ? -1 : (this.spill.get(key) ?? -1);
    const j = page & CACHE_MASK;
    const i = this.cacheKey[j] === page ? this.cacheIdx[j] : this.pageOf(page, false);
    if (i < 0) return -1;
    const s = i * GRANULES + (off >> 4);
    return this.used[s] === 1 ? s : -1;
  }

  has(key: number): boolean {
    return this.get(key) >= 0;
  }

  /** The slot of `key`, made live (the same slot when it is live already). */
  add(key: number): number {
    const page = Math.floor(key / PAGE);
    const off = key - page * PAGE;
    if ((off & 15) !== 0 || key < 0) return this.addSpill(key);
    const j = page & CACHE_MASK;
    const i = this.cacheKey[j] === page ? this.cacheIdx[j] : this.pageOf(page, true);
    const s = i * GRANULES + (off >> 4);
    if (this.used[s] === 0) {
      this.used[s] = 1;
      this.counts[i]++;
      this.size++;
    }
    return s;
  }

  /** Remove `key`; its slot (-1 when absent), whose fields the caller may still read until the next add. */
  take(key: number): number {
    const page = Math.floor(key / PAGE);
    const off = key - page * PAGE;
    if ((off & 15) !== 0 || key < 0) return this.takeSpill(key);
    const j = page & CACHE_MASK;
    const i = this.cacheKey[j] === page ? this.cacheIdx[j] : this.pageOf(page, false);
    if (i < 0) return -1;
    const s = i * GRANULES + (off >> 4);
    if (this.used[s] === 0) return -1;
    this.used[s] = 0;
    this.size--;
    if (--this.counts[i] === 0) {
      // an empty page goes back (mmap'd blocks would otherwise each keep one)
      this.pageIndex.delete(page);
      this.freePages.push(i);
      this.cacheKey[j] = -1;
    }
    return s;
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
      if ((i + 1) * GRANULES > this.used.length) this.used = grown(this.used, 2 * this.used.length);
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
    this.used[s] = 1;
    this.size++;
    return s;
  }

  private takeSpill(key: number): number {
    if (this.spill === null) return -1;
    const s = this.spill.take(key);
    if (s < 0) return -1;
    this.used[s] = 0;
    this.spillFree.push(s);
    this.size--;
    return s;
  }

  /** Visit every live block: its slot and address. */
  forEach(cb: (slot: number, key: number) => void): void {
    this.pageIndex.forEach((i, page) => {
      const base = i * GRANULES;
      for (let g = 0; g < GRANULES; g++) if (this.used[base + g] === 1) cb(base + g, page * PAGE + g * 16);
    });
    if (this.spill !== null) this.spill.forEach(cb);
  }
}

/**
 * Live blocks traced since the recorder attached (objects, buffers, parked objects), fed to the per-line
 * summary as MirrorState (state.ts) feeds it while recording: the same accounting, kept in typed arrays (no
 * object per event). The lines of the user frames are the summary's (LineSummary.innermostLine).
 */
export class AttributionState {
  /** block address → slot, the index of the arrays below */
  readonly slotOf = new BlockSlots();
  typeId = new Int32Array(this.slotOf.capacity);
  req = new Int32Array(this.slotOf.capacity);
  block = new Int32Array(this.slotOf.capacity);
  /** F_OBJECT, F_FREELISTED */
  flags = new Uint8Array(this.slotOf.capacity);
  liveObjects = 0;
  liveBytes = 0;
  peakBytes = 0;
  gcCollections = [0, 0, 0];
  /** gc.get_count() and thresholds at the end (set by LightRecorder.finish) */
  gcCounts = [0, 0, 0];
  gcThresholds = [0, 0, 0];
  step = 0;

  constructor(private readonly sink: LineSummary) {}

  /** Line of the innermost frame running the analysed file (0 outside any): MirrorState.attrLine. */
  attrLine(): number {
    return this.sink.innermostLine();
  }

  private newSlot(addr: number, typeId: number, requested: number, block: number, flags: number): number {
    const s = this.slotOf.add(addr);
    if (s >= this.typeId.length) this.grow();
    this.typeId[s] = typeId;
    this.req[s] = requested;
    this.block[s] = block;
    this.flags[s] = flags;
    this.liveBytes += requested;
    if (this.liveBytes > this.peakBytes) this.peakBytes = this.liveBytes;
    return s;
  }

  alloc(typeId: number, addr: number, requested: number, block: number): void {
    // (newSlot's steps, inline: this is the path of every allocation)
    const s = this.slotOf.add(addr);
    if (s >= this.typeId.length) this.grow();
    const isObject = typeId !== 0;
    this.typeId[s] = typeId;
    this.req[s] = requested;
    this.block[s] = block;
    this.flags[s] = isObject ? F_OBJECT : 0;
    const live = this.liveBytes + requested;
    this.liveBytes = live;
    if (live > this.peakBytes) this.peakBytes = live;
    if (isObject) this.liveObjects++;
    this.sink.alloc(this.attrLine(), typeId, isObject, requested, block);
  }

  /** The slot arrays as long as the slot map's capacity. */
  private grow(): void {
    const n = this.slotOf.capacity;
    this.typeId = grown(this.typeId, n);
    this.req = grown(this.req, n);
    this.block = grown(this.block, n);
    this.flags = grown(this.flags, n);
  }

  /** Free of slot `s`, already taken out of `slotOf`. */
  release(s: number): void {
    const typeId = this.typeId[s];
    const req = this.req[s];
    // a parked object was not counted live
    if (!(this.flags[s] & F_FREELISTED) && typeId !== 0) this.liveObjects--;
    this.liveBytes -= req;
    this.sink.free(this.attrLine(), typeId, typeId !== 0, req, this.block[s]);
  }

  realloc(oldAddr: number, newAddr: number, requested: number, block: number): void {
    let s = this.slotOf.get(oldAddr);
    if (s < 0) {
      this.alloc(0, newAddr, requested, block);
      return;
    }
    const dr = requested - this.req[s];
    const db = block - this.block[s];
    if (oldAddr !== newAddr) {
      // the block's fields move to the new address's slot
      const typeId = this.typeId[s];
      const flags = this.flags[s];
      this.slotOf.take(oldAddr);
      s = this.slotOf.add(newAddr);
      if (s >= this.typeId.length) this.grow();
      this.typeId[s] = typeId;
      this.flags[s] = flags;
    }
    this.req[s] = requested;
    this.block[s] = block;
    this.liveBytes += dr;
    if (this.liveBytes > this.peakBytes) this.peakBytes = this.liveBytes;
    this.sink.resize(this.attrLine(), dr, db);
  }

  /** An object that was on a freelist when the recorder attached: traced, parked, not in the summary. */
  park(typeId: number, addr: number, requested: number): void {
    this.newSlot(addr, typeId, requested, pymallocBlock(requested), F_OBJECT | F_FREELISTED);
  }

  flPush(s: number): void {
    this.flags[s] |= F_FREELISTED;
    const typeId = this.typeId[s];
    if (typeId !== 0) this.liveObjects--;
    this.sink.freelist(this.attrLine(), typeId, true);
  }

  /** The object in block `addr` is taken from its freelist; `s`: its slot (-1: not traced yet). */
  flPop(typeId: number, addr: number, requested: number, s: number): void {
    // an object parked before the trace started joins the traced blocks now
    if (s < 0) this.newSlot(addr, typeId, requested, pymallocBlock(requested), F_OBJECT);
    else this.flags[s] &= ~F_FREELISTED;
    this.liveObjects++;
    this.sink.freelist(this.attrLine(), typeId, false);
  }

  gcEv(generation: number): void {
    if (generation >= 0 && generation < 3) this.gcCollections[generation]++;
    this.sink.gc(this.attrLine());
  }
}

export class LightRecorder extends ShadowRecorder {
  readonly state = new AttributionState(this.summary);

  attach(rt: Runtime): void {
    this.state.step = rt.steps;
    this.attachNames(rt);
    this.hook(rt);
  }

  /** Stop: the collector's counters and thresholds as they are now, then the runtime runs untraced. */
  finish(): void {
    if (!this.attached) return;
    const gc = this.rt.gc;
    this.state.gcCounts = gc.counts.slice();
    this.state.gcThresholds = gc.thresholds.slice();
    this.unhook();
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

  protected tracedLive(o: PyObject, c: number): boolean {
    return c !== 0 && this.state.slotOf.has(this.blockOf(o));
  }

  protected parkPreexisting(o: PyObject, req: number): void {
    const typeId = this.typeIdOf(o.ob_type);
    this.state.park(typeId, o.addr - this.tables.typeHdr[typeId], req);
  }

  line(f: Frame): void {
    // lineTop written out (one call less per line event)
    const sh = this.shadow;
    let n = sh.length;
    if (n === 0 || sh[n - 1].f !== f) {
      this.sync();
      n = sh.length;
    }
    const top = sh[n - 1];
    const l = this.lineOf(top);
    const old = top.line;
    const lw = top.info.watch[old];
    if (lw !== undefined) this.compareWatches(top, lw);
    top.line = l;
    if (top.info.user) {
      const sum = this.summary;
      if (l !== old) sum.move(l);
      // CPython reports no line event for RESUME (the `def` line of a called function)
      if (f.code.code[2 * f.lasti] !== Op.RESUME) sum.lineExec(l);
    }
  }

  // ================================================================ heap, freelists, GC, steps

  onAlloc(addr: number, requested: number, obj: PyObject | null): void {
    this.prevHeapListener?.onAlloc(addr, requested, obj);
    this.syncForEvent();
    const typeId = obj === null ? 0 : this.typeIdOf(obj.ob_type);
    let block = pymallocBlock(requested);
    if (block < 0) block = this.rt.heap.mem.blockSize(addr);
    this.state.alloc(typeId, addr, requested, block);
  }

  onFree(addr: number, obj: PyObject | null): void {
    this.prevHeapListener?.onFree(addr, obj);
    const s = this.state.slotOf.take(addr);
    if (s < 0) return;
    this.syncForEvent();
    this.state.release(s);
  }

  onRealloc(oldAddr: number, newAddr: number, requested: number): void {
    this.prevHeapListener?.onRealloc(oldAddr, newAddr, requested);
    this.syncForEvent();
    this.state.realloc(oldAddr, newAddr, requested, this.rt.heap.mem.blockSize(newAddr));
  }

  protected freelistPush(o: PyObject): void {
    const s = this.state.slotOf.get(this.blockOf(o));
    if (s < 0) return;
    this.syncForEvent();
    this.state.flPush(s);
  }

  protected freelistPop(o: PyObject): void {
    this.syncForEvent();
    const typeId = this.typeIdOf(o.ob_type);
    const b = o.addr - this.tables.typeHdr[typeId];
    const st = this.state;
    const s = st.slotOf.get(b);
    let req: number;
    if (s >= 0) req = st.req[s];
    else {
      req = o.ob_type.tp_basicsize + this.tables.typeHdr[typeId];
      if (o instanceof TupleObject) req += 8 * o.items.length;
    }
    st.flPop(typeId, b, req, s);
  }

  protected collection(e: GCCollectionEvent): void {
    this.syncForEvent();
    this.state.gcEv(e.generation);
  }

  protected stepEvent(): void {
    this.syncForEvent();
    this.state.step++;
    const sh = this.shadow;
    const n = sh.length;
    if (n === 0) return;
    const top = sh[n - 1];
    this.leaveLine(top);
    const l = this.backwardJumpLine(top);
    if (l > 0) {
      const old = top.line;
      top.line = l;
      if (top.info.user) {
        if (l !== old) this.summary.move(l);
        this.summary.lineExec(l);
      }
    }
  }
}
